/** JPA implementation of the staff repository. */
package org.privacyrights.staff.infrastructure;

/** JPA implementation of the subject repository. */
package org.privacyrights.subject.infrastructure;

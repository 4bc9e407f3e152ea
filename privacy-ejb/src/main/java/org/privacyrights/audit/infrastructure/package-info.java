/** JPA implementation of the audit chain's storage. */
package org.privacyrights.audit.infrastructure;

/** The register's versions stored with JPA. */
package org.privacyrights.register.infrastructure;

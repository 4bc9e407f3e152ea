/**
 * JPA storage of consent, including the seal check the audit verification runs over every record.
 */
package org.privacyrights.consent.infrastructure;

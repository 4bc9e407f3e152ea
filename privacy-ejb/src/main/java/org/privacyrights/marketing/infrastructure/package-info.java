/**
 * JPA storage of marketing sign-ups.
 */
package org.privacyrights.marketing.infrastructure;

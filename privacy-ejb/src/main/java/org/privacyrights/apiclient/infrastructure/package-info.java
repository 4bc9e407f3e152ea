/**
 * JPA storage of API clients.
 */
package org.privacyrights.apiclient.infrastructure;

/** JPA implementations of the request repositories, and the idempotency records of the submit API. */
package org.privacyrights.request.infrastructure;

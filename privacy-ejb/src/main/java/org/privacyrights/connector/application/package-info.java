/**
 * How the workflows call connected systems: by the connector's {@code java:app/privacy/...} name, one connection per
 * call, with a time limit, retries with backoff for failures that may pass, and a circuit breaker per backend so a
 * system that is down is not hammered (MicroProfile Fault Tolerance).
 */
package org.privacyrights.connector.application;

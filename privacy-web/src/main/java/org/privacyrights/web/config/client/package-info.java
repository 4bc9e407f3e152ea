/**
 * Who the client is: the one place that decides which address a request came from, trusting {@code Forwarded} and
 * {@code X-Forwarded-For} only from the installation's own proxies.
 */
package org.privacyrights.web.config.client;

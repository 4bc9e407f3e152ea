/**
 * Outbound connections to a mail store over IMAP (Jakarta Mail). IMAP has no transactions, so the definition
 * declares {@code NoTransaction}; operations built on it are made idempotent instead.
 */
package org.privacyrights.connectors.adapter.mail;

package org.privacyrights.connectors.api.inbound;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message of the privacy mailbox that failed {@code attempts} times in a row and was set aside (flagged in the
 * mailbox), so that it no longer holds up the others: what could be read of it and why it failed. Any field but
 * {@code reason} may be null when even that could not be read.
 */
public record QuarantinedMail(
        String messageId, String from, String subject, String reason, int attempts, Instant receivedAt)
        implements Serializable {}

package org.privacyrights.connectors.api.inbound;

import java.io.Serializable;
import java.time.Instant;

/** A message that arrived in the privacy mailbox, reduced to what a request needs. The sender is not yet verified. */
public record InboundMail(String messageId, String from, String subject, String text, Instant receivedAt)
        implements Serializable {}

package org.privacyrights.request.inbound;

import java.io.Serializable;
import java.time.Instant;

/** A mail set aside, as staff see it; any field but the reason and the time may be null. */
public record SetAsideMailView(
        String messageId,
        String sender,
        String subject,
        String reason,
        int attempts,
        Instant receivedAt,
        Instant setAsideAt)
        implements Serializable {}

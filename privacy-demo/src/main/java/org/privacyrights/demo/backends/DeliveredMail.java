package org.privacyrights.demo.backends;

import java.time.Instant;

/** A mail the demo SMTP server took for one recipient, as the demo mailbox shows it. */
public record DeliveredMail(String recipient, String subject, String body, Instant receivedAt) {}

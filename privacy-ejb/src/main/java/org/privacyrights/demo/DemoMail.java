package org.privacyrights.demo;

import java.time.Instant;

/** A mail the platform sent or is about to send, as the demo mailbox shows it. */
public record DemoMail(String recipient, String subject, String body, Instant createdAt, boolean sent) {}

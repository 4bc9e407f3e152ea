package org.privacyrights.notification.domain;

/** Says, in the transaction that queued it, that a mail waits in the outbox: it leaves as soon as that commits. */
public record MailQueued(Long mailId) {}

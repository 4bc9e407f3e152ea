package org.privacyrights.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A mail to a data subject, written in the transaction that decided to send it: if that transaction rolls back,
 * no mail goes out. Delivered at least once; a failed delivery is tried again later with a growing pause. Once it
 * went out, subject and body are blanked (both may carry what only the recipient should read); what the audit
 * needs stays: recipient, template, language, request, when it was made and sent.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public static final int MAX_BODY = 8000;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(name = "request_id", length = 36)
    private String requestId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 60)
    private String template;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(length = 300)
    private String subject;

    @Column(length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {}

    public OutboxMail(
            String requestId,
            String recipient,
            String template,
            String language,
            MailTemplate.Rendered text,
            Instant now) {
        if (text.body().length() > MAX_BODY) {
            throw new IllegalArgumentException("Mail " + template + " is longer than " + MAX_BODY + " characters");
        }
        this.requestId = requestId;
        this.recipient = recipient;
        this.template = template;
        this.language = language;
        this.subject = text.subject();
        this.body = text.body();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.nextAttemptAt = this.createdAt;
    }

    public void delivered(Instant now) {
        sentAt = now.atOffset(ZoneOffset.UTC);
        subject = null;
        body = null;
        claimedUntil = null;
        lastError = null;
    }

    /** The pause doubles with each failure, from 30 seconds to at most an hour. */
    public void failed(String error, Instant now) {
        attempts++;
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 7));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause)
                .atOffset(ZoneOffset.UTC);
        claimedUntil = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public String recipient() {
        return recipient;
    }

    public String template() {
        return template;
    }

    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public String lastError() {
        return lastError;
    }
}

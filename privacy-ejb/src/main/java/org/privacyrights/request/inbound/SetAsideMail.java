package org.privacyrights.request.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.privacyrights.connectors.api.inbound.QuarantinedMail;

/**
 * A mail of the privacy mailbox the adapter set aside because it failed again and again (it stays in the mailbox,
 * flagged): what could be read of it and why, for staff to answer by hand.
 */
@Entity
@Table(name = "inbound_set_aside")
public class SetAsideMail {

    @Id
    @SequenceGenerator(name = "inbound_set_aside_seq", sequenceName = "inbound_set_aside_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_set_aside_seq")
    private Long id;

    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(length = 320)
    private String sender;

    @Column(length = 500)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Column(name = "set_aside_at", nullable = false)
    private OffsetDateTime setAsideAt;

    protected SetAsideMail() {}

    public SetAsideMail(QuarantinedMail mail, Instant now) {
        this.messageId = cut(mail.messageId(), 998);
        this.sender = cut(mail.from(), 320);
        this.subject = cut(mail.subject(), 500);
        this.reason = mail.reason() == null ? "unknown" : cut(mail.reason(), 1000);
        this.attempts = mail.attempts();
        this.receivedAt = mail.receivedAt() == null ? null : mail.receivedAt().atOffset(ZoneOffset.UTC);
        this.setAsideAt = now.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public SetAsideMailView view() {
        return new SetAsideMailView(
                messageId,
                sender,
                subject,
                reason,
                attempts,
                receivedAt == null ? null : receivedAt.toInstant(),
                setAsideAt.toInstant());
    }
}

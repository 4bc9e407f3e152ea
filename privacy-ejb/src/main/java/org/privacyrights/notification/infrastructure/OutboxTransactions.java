package org.privacyrights.notification.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.privacyrights.notification.domain.OutboxRepository;

/** The outbox's short transactions: claiming mails, and recording each delivery's result. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxTransactions {

    /** Long enough for a slow SMTP server; a mail claimed by an instance that died is free again after it. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @Inject
    OutboxRepository mails;

    @Inject
    Clock clock;

    /** Claims up to {@code max} due mails for this instance and returns what is needed to send them. */
    public List<PendingMail> claimDue(int max) {
        Instant now = clock.instant();
        List<PendingMail> claimed = new ArrayList<>();
        for (Long id : mails.due(now, max)) {
            if (mails.claim(id, now, now.plus(CLAIM))) {
                mails.find(id)
                        .ifPresent(mail ->
                                claimed.add(new PendingMail(mail.id(), mail.recipient(), mail.subject(), mail.body())));
            }
        }
        return claimed;
    }

    public void delivered(Long id) {
        mails.find(id).ifPresent(mail -> mail.delivered(clock.instant()));
    }

    public void failed(Long id, String error) {
        mails.find(id).ifPresent(mail -> mail.failed(error, clock.instant()));
    }

    /** A claimed mail, detached from the persistence context while it is sent. */
    public record PendingMail(Long id, String recipient, String subject, String body) {}
}

package org.privacyrights.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.privacyrights.notification.domain.MailQueued;
import org.privacyrights.notification.domain.MailTemplate;
import org.privacyrights.notification.domain.OutboxMail;
import org.privacyrights.notification.domain.OutboxRepository;

/**
 * Queues a mail to a subject in the caller's transaction. The recipient is always an address the platform holds
 * (a request's contact address), never one taken from a mail's content.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository mails;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    /** Returns the mail's id, by which a caller can later see whether it was sent. */
    public Long enqueue(
            String requestId, String recipient, String template, String language, Map<String, String> values) {
        MailTemplate.Rendered text = MailTemplate.load(template, language).render(values);
        OutboxMail mail = new OutboxMail(requestId, recipient, template, language, text, clock.instant());
        mails.store(mail);
        queued.fire(new MailQueued(mail.id()));
        return mail.id();
    }

    /** Whether the mail left the outbox for the mail server. */
    public boolean wasSent(Long mailId) {
        return mails.find(mailId).map(OutboxMail::isSent).orElse(false);
    }
}

package org.privacyrights.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
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
    Clock clock;

    public void enqueue(
            String requestId, String recipient, String template, String language, Map<String, String> values) {
        MailTemplate.Rendered text = MailTemplate.load(template, language).render(values);
        mails.store(new OutboxMail(requestId, recipient, template, language, text, clock.instant()));
    }
}

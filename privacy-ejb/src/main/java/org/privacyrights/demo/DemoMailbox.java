package org.privacyrights.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.privacyrights.notification.domain.OutboxRepository;
import org.privacyrights.platform.NotFoundException;

/** The quick start's mailbox: every mail the platform sends, newest first; nothing at all unless the demo is on. */
@Stateless
@PermitAll
public class DemoMailbox {

    static final int SHOWN = 50;

    @Inject
    DemoSettings settings;

    @Inject
    OutboxRepository outbox;

    public boolean isOn() {
        return settings.enabled();
    }

    public List<DemoMail> latest() {
        if (!settings.enabled()) {
            throw new NotFoundException("The demo mailbox");
        }
        return outbox.latest(SHOWN).stream()
                .map(mail ->
                        new DemoMail(mail.recipient(), mail.subject(), mail.body(), mail.createdAt(), mail.isSent()))
                .toList();
    }
}

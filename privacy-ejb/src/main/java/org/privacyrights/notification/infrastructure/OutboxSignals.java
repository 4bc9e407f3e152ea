package org.privacyrights.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.privacyrights.notification.domain.MailQueued;

/**
 * Sends a queued mail right after the transaction that queued it commits (a code is in the subject's inbox while
 * they still look at the page); a mail whose transaction rolled back is never seen here, and the delivery poll
 * still sends whatever this missed.
 */
@ApplicationScoped
public class OutboxSignals {

    @EJB
    OutboxDelivery delivery;

    void onMailQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        delivery.deliverNow();
    }
}

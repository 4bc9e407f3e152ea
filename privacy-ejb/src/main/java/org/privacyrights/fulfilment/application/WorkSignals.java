package org.privacyrights.fulfilment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.privacyrights.fulfilment.domain.WorkAvailable;

/**
 * Hands work on the moment the transaction that made it commits, so that a request moves from approval to its tasks
 * and from its last task to its answer without waiting for a timer. The runner's poll stays as the safety net for
 * a crash between commit and hand-off and for work another instance left.
 */
@ApplicationScoped
public class WorkSignals {

    @EJB
    WorkRunner runner;

    void onWorkAvailable(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkAvailable signal) {
        runner.lookNow();
    }
}

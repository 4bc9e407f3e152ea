package org.privacyrights.fulfilment.application;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.privacyrights.export.application.PackageAssembler;
import org.privacyrights.export.infrastructure.ExportStore;

/**
 * Ends a request whose systems are all done: builds its package where it has one (long, outside any transaction),
 * then completes it in one transaction. Interrupted anywhere, it is simply done again at the next look; the
 * database keeps the answer to one. A request that fails to finish again and again (an archive that cannot be
 * written) ends in error with the reason after a few attempts, where staff see it and can retry it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestCompleter {

    private static final Logger LOG = Logger.getLogger(RequestCompleter.class.getName());

    @EJB
    CompletionTransactions transactions;

    @Inject
    PackageAssembler assembler;

    @Inject
    ExportStore exports;

    @Inject
    Clock clock;

    @Asynchronous
    public Future<Boolean> complete(CompletionTransactions.Pending pending) {
        try {
            Optional<PackageAssembler.Assembled> assembled = pending.export()
                    ? Optional.of(assembler.assemble(
                            pending.requestId(),
                            pending.type(),
                            pending.language(),
                            pending.receivedOn(),
                            clock.instant()))
                    : Optional.empty();
            boolean completed = transactions.complete(pending.requestId(), assembled);
            if (completed) {
                exports.deleteStaging(pending.requestId());
            }
            return new AsyncResult<>(completed);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Completing request " + pending.requestId() + " failed", e);
            transactions.completionFailed(pending.requestId(), e);
            return new AsyncResult<>(false);
        }
    }
}

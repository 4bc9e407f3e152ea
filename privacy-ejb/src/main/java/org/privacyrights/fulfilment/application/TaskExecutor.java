package org.privacyrights.fulfilment.application;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.privacyrights.connector.application.ConnectorCall;
import org.privacyrights.connector.application.ConnectorGateway;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.mail.MailConnection;
import org.privacyrights.export.domain.AddressRedaction;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.request.domain.ObjectionAction;
import org.privacyrights.request.domain.TaskPurpose;

/**
 * Does one claimed task: the right's work in one system, through the connector gateway (timeouts, retries, circuit
 * breaker), outside any transaction. Its result is recorded by {@link TaskClaims}; whatever goes wrong is recorded
 * as the task's failure, never lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskExecutor {

    private static final Logger LOG = Logger.getLogger(TaskExecutor.class.getName());

    @Inject
    ConnectorGateway gateway;

    @Inject
    ExportStore exports;

    @Inject
    ErasurePolicies policies;

    @Inject
    ExportScopes scopes;

    @EJB
    TaskClaims claims;

    @Asynchronous
    public Future<Void> run(ClaimedTask task) {
        String outcome;
        try {
            outcome = task.purpose() == TaskPurpose.LIFT ? lift(task) : apply(task);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Task " + task.taskId() + " in " + task.system() + " failed", e);
            claims.failed(task, describe(e));
            return new AsyncResult<>(null);
        }
        claims.succeeded(task, outcome);
        return new AsyncResult<>(null);
    }

    /** The request's right, carried out in the task's system. */
    private String apply(ClaimedTask task) throws IOException {
        return switch (task.type()) {
            case ACCESS, PORTABILITY -> export(task);
            case ERASURE -> erase(task);
            case RESTRICTION -> restrict(task);
            case OBJECTION -> object(task);
            case RECTIFICATION -> summary(call(
                    task.system(),
                    connection -> connection.rectify(task.subject(), task.attribute(), task.correctedValue())));
            default -> throw new IllegalStateException(task.type() + " is not carried out by the platform");
        };
    }

    /**
     * Finds the subject's records, then streams those the right covers (all for access, what the subject provided
     * for portability) into the request's encrypted staging area.
     */
    private String export(ClaimedTask task) throws IOException {
        ExportScope scope = scopes.forType(task.type());
        List<RecordRef> found =
                call(task.system(), connection -> connection.discover(task.subject())).records().stream()
                        .filter(record -> scope.includes(record.category()))
                        .filter(record -> record.strength().exported())
                        .toList();
        ExportStore.StagingArea staging = exports.stage(task.requestId(), task.system());
        ExportResult written = call(
                task.system(),
                connection -> connection.export(
                        task.subject(),
                        (path, mediaType) -> {
                            OutputStream file = staging.open(path, mediaType);
                            return AddressRedaction.applies(mediaType)
                                    ? new AddressRedaction(file, task.subject().emailAddresses())
                                    : file;
                        },
                        scope));
        staging.finish(found);
        return found.size() + " records found, " + written.files() + " files exported";
    }

    /**
     * Erases under the system's policy, then looks again: nothing the policy lets go may still be found. Records
     * under a legal hold or kept by default are listed with the reason; records that only mention the subject are
     * listed for a decision and, like those found by name only, are not expected to be gone.
     */
    private String erase(ClaimedTask task) {
        ErasurePolicy policy = policies.forRequest(java.util.Optional.ofNullable(task.erasureKept()));
        OperationReport report = call(task.system(), connection -> connection.erase(task.subject(), policy));
        List<RecordRef> left = call(task.system(), connection -> connection.discover(task.subject())).records().stream()
                .filter(policy::erases)
                .toList();
        if (!left.isEmpty()) {
            throw new IllegalStateException(left.size() + " erasable records are still found after the erasure");
        }
        return summary(report);
    }

    /** An upheld objection: off the mailing lists, the mail account disabled, or processing stopped everywhere. */
    private String object(ClaimedTask task) {
        ObjectionAction action = task.objectionAction();
        if (action == ObjectionAction.STOP_PROCESSING) {
            return restrict(task);
        }
        if (!(task.system().equals("mail"))) {
            throw new IllegalStateException("An objection's " + action + " concerns the mail system only");
        }
        return summary(gateway.mail(connection -> action == ObjectionAction.DISABLE_ACCOUNT
                ? ((MailConnection) connection).setAccountsEnabled(task.subject(), false)
                : ((MailConnection) connection).unsubscribe(task.subject())));
    }

    /** Undoes what the request did at the end of its time: the account enabled again, or the flag cleared. */
    private String lift(ClaimedTask task) {
        if (task.objectionAction() == ObjectionAction.DISABLE_ACCOUNT) {
            return summary(
                    gateway.mail(connection -> ((MailConnection) connection).setAccountsEnabled(task.subject(), true)));
        }
        return summary(call(task.system(), connection -> connection.restrict(task.subject(), false)));
    }

    private String restrict(ClaimedTask task) {
        return summary(call(task.system(), connection -> connection.restrict(task.subject(), true)));
    }

    /**
     * Calls a connected system by its configured name through the gateway's own method, so that each backend keeps
     * its retries and circuit breaker (a call from inside the gateway would pass by its interceptors).
     */
    private <T> T call(String system, ConnectorCall<T> operation) {
        return switch (system) {
            case "mail" -> gateway.mail(operation);
            case "helpdesk" -> gateway.helpdesk(operation);
            case "contacts" -> gateway.contacts(operation);
            default -> throw new IllegalStateException(
                    "privacy.connected-systems names '" + system + "', which is not mail, helpdesk or contacts");
        };
    }

    /** Counts per action, and the reasons records were kept: no record ids, which may name people. */
    static String summary(OperationReport report) {
        StringBuilder text = new StringBuilder();
        report.countsByAction().forEach((action, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(count)
                .append(' ')
                .append(action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        report.kept().stream().map(RecordOutcome::detail).distinct().forEach(reason -> text.append("; kept: ")
                .append(reason));
        return text.length() == 0 ? "nothing held" : text.toString();
    }

    private static String describe(Exception e) {
        Throwable cause =
                e.getCause() != null && e.getMessage() != null && e.getMessage().contains("Exception")
                        ? e.getCause()
                        : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

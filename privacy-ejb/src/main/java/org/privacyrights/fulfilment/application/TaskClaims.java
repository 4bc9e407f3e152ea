package org.privacyrights.fulfilment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.fulfilment.domain.WorkAvailable;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.ProvenIdentity;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestTask;
import org.privacyrights.request.domain.TaskPurpose;
import org.privacyrights.request.domain.TaskStatus;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;

/**
 * The engine's short transactions: taking tasks with a lease, and recording what a task did or why it failed. A
 * failure puts the request in error, with the system and the reason; staff resume it, and only the systems that
 * are not done run again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskClaims {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TaskClaims.class.getName());

    /**
     * How long a task stays with the instance that took it; one whose runner went silent (a crashed instance) is
     * taken up again after it. Longer than any single system's work may take.
     */
    @Inject
    @ConfigProperty(name = "privacy.work.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    @Inject
    RequestRepository requests;

    @Inject
    AuditTrail audit;

    @Inject
    Event<WorkAvailable> work;

    @Inject
    Clock clock;

    public List<ClaimedTask> claimDue(int max) {
        Instant now = clock.instant();
        List<ClaimedTask> claimed = new ArrayList<>();
        for (Long id : requests.dueTaskIds(now, max)) {
            if (requests.claimTask(id, now, now.plus(Duration.ofSeconds(leaseSeconds)))) {
                requests.task(id).ifPresent(task -> {
                    SubjectQuery proven = provenIdentities(task.request());
                    if (proven == null) {
                        // Never run for identities nobody proved: the request stops for staff to look at.
                        failed(task, "No proven identity: the subject's address was never verified");
                    } else {
                        PrivacyRequest request = task.request();
                        claimed.add(new ClaimedTask(
                                task.id(),
                                task.attempts(),
                                request.publicId(),
                                request.type(),
                                task.purpose(),
                                task.systemName(),
                                proven,
                                request.rectificationAttribute().orElse(null),
                                request.rectificationValue().orElse(null),
                                request.objectionAction().orElse(null),
                                request.erasureKeptCategories().orElse(null)));
                        // The request's history shows when each system's work began, not only when it ended.
                        record(task, "SYSTEM_STARTED", "attempt " + task.attempts());
                    }
                });
            }
        }
        return claimed;
    }

    /** Keeps the tasks this instance runs its own for another lease. */
    public void renew(java.util.Collection<Long> taskIds) {
        Instant now = clock.instant();
        requests.renewLeases(taskIds, now, now.plus(Duration.ofSeconds(leaseSeconds)));
    }

    /** Records a run's result, unless the task was taken up by another run meanwhile (its lease had passed). */
    public void succeeded(ClaimedTask run, String outcome) {
        current(run).ifPresent(task -> {
            Instant now = clock.instant();
            task.succeed(outcome, now);
            boolean lift = task.purpose() == TaskPurpose.LIFT;
            record(task, lift ? "SYSTEM_LIFTED" : "SYSTEM_DONE", outcome);
            // The request may now be ready to complete: its answer need not wait for the next poll.
            work.fire(new WorkAvailable(task.request().publicId()));
            if (lift && task.request().liftedIfDone(now)) {
                PrivacyRequest request = task.request();
                audit.record(AuditEntry.forRequest(
                        "platform",
                        "RESTRICTION_LIFTED",
                        request.publicId(),
                        request.subject().publicId(),
                        "ended " + request.restrictedUntil().orElseThrow()));
            }
        });
    }

    public void failed(ClaimedTask run, String error) {
        current(run).ifPresent(task -> failed(task, error));
    }

    private Optional<RequestTask> current(ClaimedTask run) {
        Optional<RequestTask> task = requests.task(run.taskId())
                .filter(t -> t.status() == TaskStatus.RUNNING && t.attempts() == run.attempt());
        if (task.isEmpty()) {
            LOG.info("Task " + run.taskId() + " run " + run.attempt() + " was taken over; its result is dropped");
        }
        return task;
    }

    private void failed(RequestTask task, String error) {
        Instant now = clock.instant();
        task.fail(error, now);
        // The audit trail keeps ids, not personal data: only the kind of error, the rest stays with the task.
        record(task, "SYSTEM_FAILED", error.contains(":") ? error.substring(0, error.indexOf(':')) : error);
        PrivacyRequest request = task.request();
        if (request.status() == RequestStatus.IN_PROGRESS) {
            request.moveTo(RequestStatus.ERROR, now);
            audit.record(AuditEntry.forRequest(
                    "platform",
                    "STATUS_CHANGED",
                    request.publicId(),
                    request.subject().publicId(),
                    RequestStatus.ERROR.name() + " (" + task.systemName() + ")"));
        }
    }

    /**
     * Only what the subject proved: their verified addresses, the customer ids linked to those, and the identities
     * proven for this request through their own channels; null if none.
     */
    static SubjectQuery provenIdentities(PrivacyRequest request) {
        Set<String> addresses = new LinkedHashSet<>();
        Map<String, String> customerIds = new HashMap<>();
        for (SubjectIdentity identity : request.subject().identities()) {
            if (!identity.isVerified()) {
                continue;
            }
            if (identity.kind() == IdentityKind.EMAIL) {
                addresses.add(identity.value());
            } else {
                customerIds.put(identity.system(), identity.value());
            }
        }
        for (ProvenIdentity further : request.furtherIdentities()) {
            if (further.kind() == IdentityKind.EMAIL) {
                addresses.add(further.value());
            } else {
                customerIds.put(further.system(), further.value());
            }
        }
        return addresses.isEmpty() && customerIds.isEmpty() ? null : new SubjectQuery(addresses, customerIds);
    }

    private void record(RequestTask task, String action, String detail) {
        PrivacyRequest request = task.request();
        audit.record(new AuditEntry(
                "platform",
                action,
                request.publicId(),
                request.subject().publicId(),
                task.systemName(),
                Optional.ofNullable(detail)
                        .map(d -> d.length() > 900 ? d.substring(0, 900) : d)
                        .orElse(null)));
    }
}

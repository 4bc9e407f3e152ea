package org.privacyrights.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.fulfilment.domain.TaskPlan;
import org.privacyrights.fulfilment.domain.WorkAvailable;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestStatus;

/**
 * Starts the work of a request: in progress, with one task per system its right needs, never with none where the
 * right needs a system. In the caller's transaction; the caller has checked that the request may start.
 */
@ApplicationScoped
public class WorkPlanner {

    @Inject
    PlatformSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<WorkAvailable> work;

    @Inject
    Clock clock;

    public void start(PrivacyRequest request, String actor) {
        Instant now = clock.instant();
        List<String> systems = TaskPlan.systemsFor(request, settings.connectedSystems());
        try {
            request.startWork(systems, now);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("systems", e.getMessage() + "; connect one before approving it");
        }
        record(request, actor, "STATUS_CHANGED", RequestStatus.IN_PROGRESS.name());
        record(request, actor, "TASKS_PLANNED", systems.size() + " systems");
        work.fire(new WorkAvailable(request.publicId()));
    }

    private void record(PrivacyRequest request, String actor, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                actor, action, request.publicId(), request.subject().publicId(), detail));
    }
}

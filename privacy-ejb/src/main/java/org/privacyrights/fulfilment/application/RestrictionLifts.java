package org.privacyrights.fulfilment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;

/**
 * Ends time-limited restrictions and deactivations. The subject is told first (Art. 18(3)), some days ahead; once
 * that mail has left and the day has come, every system the restriction ran in lifts it, as tasks of the request
 * that the work runner carries out like any other. A system that fails to lift is tried again at the next pass.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RestrictionLifts {

    static final int BATCH = 100;

    @Inject
    RequestRepository requests;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** How many days ahead of its end the subject is told that a restriction ends. */
    @Inject
    @ConfigProperty(name = "privacy.restriction.notice-days", defaultValue = "7")
    int noticeDays;

    /** Moves every restriction near its end one step on; returns how many moved. */
    public int advance() {
        Instant now = clock.instant();
        LocalDate today = settings.deadlineCalculator().receivedOn(now);
        int moved = 0;
        for (PrivacyRequest request : requests.restrictionsEndingBy(today.plusDays(noticeDays), BATCH)) {
            LocalDate endsOn = request.restrictedUntil().orElseThrow();
            if (request.liftNoticeMailId().isEmpty()) {
                announce(request, endsOn);
                moved++;
            } else if (!request.isLiftStarted()) {
                if (!endsOn.isAfter(today)
                        && outbox.wasSent(request.liftNoticeMailId().get())) {
                    request.startLift(now);
                    record(request, "RESTRICTION_LIFT_STARTED", "ends " + endsOn + "; the subject was told");
                    moved++;
                }
            } else {
                request.retryFailedLift(now);
            }
        }
        return moved;
    }

    private void announce(PrivacyRequest request, LocalDate endsOn) {
        Long mail = outbox.enqueue(
                request.publicId(),
                request.contactEmail(),
                "restriction-ending",
                request.language(),
                Map.of("requestId", request.publicId(), "endsOn", endsOn.toString()));
        request.liftAnnounced(mail);
        record(request, "RESTRICTION_END_ANNOUNCED", "ends " + endsOn);
    }

    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "platform", action, request.publicId(), request.subject().publicId(), detail));
    }
}

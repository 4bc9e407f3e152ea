package org.privacyrights.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.consent.application.ConsentWithdrawals;
import org.privacyrights.request.domain.ObjectionAction;
import org.privacyrights.request.domain.ObjectionScope;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectRepository;

/**
 * What follows once the requester proved the contact address (by code, link, or a staff check): the request
 * joins the subject that address belongs to, the address counts as verified, and the request either waits for
 * approval or, when the subject already has an open request for the same right, becomes its duplicate.
 * Runs inside the calling boundary's transaction.
 */
@ApplicationScoped
public class RequestVerification {

    /** An open request for the same right received this recently absorbs a new one. */
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(30);

    @Inject
    SubjectRepository subjects;

    @Inject
    RequestRepository requests;

    @Inject
    AuditTrail audit;

    @Inject
    SubjectNotices notices;

    @Inject
    WorkPlanner planner;

    @Inject
    ConsentWithdrawals withdrawals;

    @Inject
    Clock clock;

    /** Returns the status the request ends in: AWAITING_APPROVAL, DUPLICATE, or IN_PROGRESS for a marketing objection. */
    public RequestStatus confirm(PrivacyRequest request, String actor) {
        Instant now = clock.instant();
        String address = request.contactEmail();
        DataSubject provisional = request.subject();
        Optional<DataSubject> known = subjects.findByIdentity(IdentityKind.EMAIL, null, address);
        DataSubject subject = known.orElse(provisional);
        if (known.isEmpty()) {
            provisional.addIdentity(IdentityKind.EMAIL, null, address);
        } else if (subject != provisional) {
            request.belongsTo(subject);
            subjects.removeIfUnused(provisional);
        }
        subject.identity(IdentityKind.EMAIL, null, address).ifPresent(identity -> identity.markVerified(now));
        move(request, RequestStatus.VERIFIED, actor, now);
        List<PrivacyRequest> earlier =
                requests.openOfType(subject, request.type(), now.minus(DUPLICATE_WINDOW)).stream()
                        .filter(other -> other != request)
                        .toList();
        if (!earlier.isEmpty()) {
            request.markDuplicateOf(earlier.get(0), now);
            record(
                    request,
                    actor,
                    "REQUEST_MERGED",
                    "duplicate of " + earlier.get(0).publicId());
            return RequestStatus.DUPLICATE;
        }
        move(request, RequestStatus.AWAITING_APPROVAL, actor, now);
        notices.received(request);
        if (request.objectionScope().orElse(null) == ObjectionScope.MARKETING) {
            // Art. 21(3): an objection to direct marketing is not weighed; it is carried out at once.
            request.upholdObjectionBy(ObjectionAction.UNSUBSCRIBE);
            record(request, actor, "OBJECTION_UPHELD", "direct marketing: no weighing (Art. 21(3))");
            withdrawals.objectionToMarketing(
                    subject, request.channel().name().toLowerCase(Locale.ROOT), request.publicId(), now, actor);
            planner.start(request, actor);
            return RequestStatus.IN_PROGRESS;
        }
        return RequestStatus.AWAITING_APPROVAL;
    }

    private void move(PrivacyRequest request, RequestStatus next, String actor, Instant now) {
        request.moveTo(next, now);
        record(request, actor, "STATUS_CHANGED", next.name());
    }

    private void record(PrivacyRequest request, String actor, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                actor, action, request.publicId(), request.subject().publicId(), detail));
    }
}

package org.privacyrights.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.ObjectionScope;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;

/**
 * An objection to direct marketing whose address is already proven, such as a one-click unsubscribe from a signed
 * list link: it becomes an ordinary request that is confirmed at once, so the work in every system (taking the
 * address off the mail system's lists) runs, is retried and is reported like any other. Callers have checked the
 * proof.
 */
@ApplicationScoped
public class ProvenMarketingObjections {

    @Inject
    SubjectRepository subjects;

    @Inject
    RequestRepository requests;

    @Inject
    RequestVerification verification;

    @Inject
    PlatformSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Answers the request's id and the status it ended in (IN_PROGRESS, or DUPLICATE of a recent one). */
    public RequestReceipt object(String email, String how, String actor) {
        Instant now = clock.instant();
        DataSubject provisional = new DataSubject(now);
        subjects.store(provisional);
        PrivacyRequest request = new PrivacyRequest(
                provisional,
                RequestType.OBJECTION,
                Channel.EMAIL,
                SubjectIdentity.normalize(IdentityKind.EMAIL, email),
                how,
                settings.deadlineCalculator().responseDeadline(now),
                now);
        request.objectsTo(ObjectionScope.MARKETING);
        requests.store(request);
        record(request, actor, "REQUEST_RECEIVED", "OBJECTION via " + how);
        request.moveTo(RequestStatus.IDENTITY_UNVERIFIED, now);
        record(request, actor, "STATUS_CHANGED", RequestStatus.IDENTITY_UNVERIFIED.name());
        RequestStatus status = verification.confirm(request, actor);
        return new RequestReceipt(request.publicId(), status.name());
    }

    private void record(PrivacyRequest request, String actor, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                actor, action, request.publicId(), request.subject().publicId(), detail));
    }
}

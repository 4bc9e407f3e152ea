package org.privacyrights.verification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.ProvenIdentity;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * The owner of a further identity takes it off a request it joined, with the single-use link mailed to the
 * identity's own channel when it joined. This works while no work has started on the request; afterwards the
 * refusal is still recorded, for staff to see, and the owner is told it came too late.
 */
@Stateless
@PermitAll
public class IdentityRefusals {

    /** What pressing the link's button did. */
    public enum Outcome {
        /** The identity is off the request; its work will not cover it. */
        TAKEN_OFF,
        /** The request's work had started: the identity stays, the refusal is recorded. */
        TOO_LATE,
        /** Unknown, altered or used link. */
        INVALID
    }

    @Inject
    RequestRepository requests;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The identity the link would take off, to show on the page before anything is done; empty for a bad link. */
    public Optional<String> pending(String token) {
        return identity(token).map(ProvenIdentity::value);
    }

    /** Takes the identity off its request, once; opening the link alone does nothing (mail scanners open links). */
    public Outcome refuse(String token, String client) {
        rateLimiter.consume(settings.verificationsPerIp(), client);
        Optional<ProvenIdentity> found = identity(token);
        if (found.isEmpty()) {
            return Outcome.INVALID;
        }
        ProvenIdentity identity = found.get();
        PrivacyRequest request = identity.request();
        String detail = identity.kind() + " in " + identity.system();
        if (request.detachIdentity(identity, clock.instant())) {
            record(request, "IDENTITY_REFUSED", detail);
            return Outcome.TAKEN_OFF;
        }
        record(request, "IDENTITY_REFUSED_TOO_LATE", detail);
        return Outcome.TOO_LATE;
    }

    private Optional<ProvenIdentity> identity(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return requests.identityByRefusalToken(VerificationSecrets.tokenHash(token.strip()));
    }

    /** The kind and system only: the audit trail keeps no personal data. */
    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "identity-owner", action, request.publicId(), request.subject().publicId(), detail));
    }
}

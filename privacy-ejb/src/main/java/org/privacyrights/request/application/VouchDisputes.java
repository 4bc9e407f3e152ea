package org.privacyrights.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * The owner of an address objects to a request a system filed in their name (the link in the mail that told them
 * of it). Before its work starts the request is cancelled; after, staff are told, since systems may be done.
 */
@Stateless
public class VouchDisputes {

    /** What the owner's objection did. */
    public enum Outcome {
        /** The request was cancelled before anything ran. */
        STOPPED,
        /** Its work had started; staff were told and look into it. */
        STAFF_TOLD
    }

    @Inject
    RequestRepository requests;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "privacy.staff.notify-address", defaultValue = " ")
    String staffAddress;

    @Inject
    @ConfigProperty(name = "privacy.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    /** Unknown, used and malformed tokens are all the same 404. */
    @PermitAll
    public Outcome dispute(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new NotFoundException("Request");
        }
        PrivacyRequest request = requests.byObjectionTokenHash(VerificationSecrets.tokenHash(token))
                .filter(found -> found.status().isOpen())
                .orElseThrow(() -> new NotFoundException("Request"));
        String system = request.vouchedBy().orElse("a system");
        if (request.disputeVouch(
                "The owner of the address said they did not ask " + system + " to make it", clock.instant())) {
            record(request, "VOUCH_DISPUTED", "cancelled before its work started");
            return Outcome.STOPPED;
        }
        record(request, "VOUCH_DISPUTED", "after its work started; staff told");
        if (!staffAddress.isBlank()) {
            outbox.enqueue(
                    request.publicId(),
                    staffAddress.strip(),
                    "staff-deadline",
                    "en",
                    Map.of(
                            "what", "The address's owner disputes a request " + system + " filed",
                            "requestId", request.publicId(),
                            "right", request.type().name(),
                            "status", request.status().name(),
                            "dueDate", request.effectiveDueDate().toString(),
                            "advice", "Its work has started. Pause it and ask the owner of the address.",
                            "link", (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "staff/requests.xhtml"));
        }
        return Outcome.STAFF_TOLD;
    }

    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "subject", action, request.publicId(), request.subject().publicId(), detail));
    }
}

package org.privacyrights.verification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.connector.application.ConnectorGateway;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.application.SubjectAccess;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.ProvenIdentity;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.verification.domain.ChallengeRepository;
import org.privacyrights.verification.domain.VerificationChallenge;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * Further identities for a proven request (an old address, a customer number), each proven through the channel on
 * file for it: a code goes to that address, or to the address the system holding the customer number has for it,
 * never to the requester. The answer to a claim is the same whether or not the identity is known.
 */
@Stateless
@PermitAll
public class IdentityProofs {

    static final String TEMPLATE = "identity-code";

    /** Tells an identity's owner that it joined a request, with the link that takes it off. */
    static final String JOINED_TEMPLATE = "identity-joined";

    /** The system whose customer numbers can be proven: it holds an address for each. */
    static final String HELPDESK = "helpdesk";

    @Inject
    SubjectAccess access;

    @Inject
    ChallengeIssuer issuer;

    @Inject
    ChallengeAnswers answers;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    @Inject
    PlatformSettings platform;

    @Inject
    ConnectorGateway gateway;

    @Inject
    AuditTrail audit;

    @Inject
    ChallengeRepository challenges;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Mails a code to the channel on file for the claimed identity, if there is one; says nothing either way. */
    public void requestProof(String requestId, String subjectToken, @NotNull IdentityClaim claim, String client) {
        rateLimiter.consume(settings.verificationsPerIp(), client);
        PrivacyRequest request = open(access.ownRequest(requestId, subjectToken));
        rateLimiter.consume(settings.codesPerAddress(), claim.rateKey());
        Optional<String> channel = channelOnFile(claim);
        if (channel.isEmpty()) {
            return;
        }
        issuer.issueForFurtherIdentity(request, claim, channel.get());
        record(request, "IDENTITY_PROOF_SENT", describe(claim.kind(), claim.system()));
    }

    /**
     * Checks the code mailed for the newest claim; right, the identity joins the request and its work covers the
     * data under it. Wrong, used, expired and locked codes are refused alike.
     */
    public boolean prove(String requestId, String subjectToken, String code, String client) {
        rateLimiter.consume(settings.verificationsPerIp(), client);
        PrivacyRequest request = open(access.ownRequest(requestId, subjectToken));
        // Every answer counts against the identity it would prove, whichever request and requester gives it, so
        // that opening more requests buys a guesser no more tries at someone else's code.
        for (VerificationChallenge open :
                challenges.unclosedFor(request.id(), VerificationChallenge.Purpose.FURTHER_IDENTITY)) {
            rateLimiter.consume(
                    settings.answersPerIdentity(),
                    IdentityClaim.rateKey(open.identityKind(), open.identitySystem(), open.identityValue()));
        }
        Optional<VerificationChallenge> proven =
                answers.accepted(request, VerificationChallenge.Purpose.FURTHER_IDENTITY, code, null);
        if (proven.isEmpty()) {
            return false;
        }
        VerificationChallenge challenge = proven.get();
        request.addProvenIdentity(
                        challenge.identityKind(),
                        challenge.identitySystem(),
                        challenge.identityValue(),
                        clock.instant())
                .ifPresent(added -> tellTheOwner(request, added, challenge.sentTo()));
        record(request, "IDENTITY_ADDED", describe(challenge.identityKind(), challenge.identitySystem()));
        return true;
    }

    /**
     * Mails the identity's own channel (where its code went) that it joined this request, with a single-use link
     * that takes it off again before any work starts: whoever guessed or intercepted the code, the owner hears of
     * it in time.
     */
    private void tellTheOwner(PrivacyRequest request, ProvenIdentity added, String channel) {
        String token = settings.secrets().newToken();
        added.notifiedTo(channel, VerificationSecrets.tokenHash(token));
        outbox.enqueue(
                request.publicId(),
                channel,
                JOINED_TEMPLATE,
                request.language(),
                Map.of(
                        "identity",
                        added.value(),
                        "requestId",
                        request.publicId(),
                        "right",
                        request.type().name(),
                        "link",
                        settings.baseUrl() + "identity-refusal.xhtml?token="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private static PrivacyRequest open(PrivacyRequest request) {
        if (!request.acceptsFurtherIdentities()) {
            throw new InvalidInputException(
                    "request",
                    "Identities are added while a request waits for approval; this one is " + request.status());
        }
        return request;
    }

    /** The address itself; for a customer number, the address the system holding it has on file. */
    private Optional<String> channelOnFile(IdentityClaim claim) {
        if (claim.kind() == IdentityKind.EMAIL) {
            return Optional.of(claim.value());
        }
        if (!HELPDESK.equals(claim.system()) || !platform.connectedSystems().contains(HELPDESK)) {
            throw new InvalidInputException(
                    "system", "Customer numbers can be proven for: " + HELPDESK + " (when it is connected)");
        }
        return gateway.helpdesk(connection -> ((HelpdeskConnection) connection).addressesOnFile(claim.value())).stream()
                .findFirst();
    }

    /** The kind and system only: the audit trail keeps no personal data. */
    private static String describe(IdentityKind kind, String system) {
        return kind == IdentityKind.EMAIL ? "email address" : "customer number in " + system;
    }

    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "subject", action, request.publicId(), request.subject().publicId(), detail));
    }
}

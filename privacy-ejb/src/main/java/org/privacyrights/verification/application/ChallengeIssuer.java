package org.privacyrights.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.request.application.VerificationNeeded;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.verification.domain.ChallengeRepository;
import org.privacyrights.verification.domain.VerificationChallenge;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * Sends a request's contact address a new code and link, in the caller's transaction, replacing any earlier one.
 * Only ever to the address the request was made for: proof goes to the address, never to whoever asked.
 */
@ApplicationScoped
public class ChallengeIssuer {

    static final String TEMPLATE = "verification-code";

    @Inject
    ChallengeRepository challenges;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A new request waits for its address to be proven: the first code goes out with it. */
    void onVerificationNeeded(@Observes VerificationNeeded event) {
        issue(event.request());
    }

    /** A code and link proving the address before anything is done with the request. */
    public void issue(PrivacyRequest request) {
        String token = settings.secrets().newToken();
        String link = settings.baseUrl() + "verify.xhtml?request=" + request.publicId() + "&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        issue(request, VerificationChallenge.Purpose.IDENTITY, token, TEMPLATE, Map.of("link", link));
    }

    /** A code proving the address again before a prepared export is released. */
    public void issueForDownload(PrivacyRequest request) {
        issue(
                request,
                VerificationChallenge.Purpose.DOWNLOAD,
                settings.secrets().newToken(),
                "download-code",
                Map.of());
    }

    /**
     * A code proving a further identity, to the channel on file for it ({@code channel}), never to the requester.
     * The caller counts the claim against its rate limit before looking the channel up.
     */
    public void issueForFurtherIdentity(PrivacyRequest request, IdentityClaim claim, String channel) {
        send(
                request,
                VerificationChallenge.Purpose.FURTHER_IDENTITY,
                channel,
                settings.secrets().newToken(),
                IdentityProofs.TEMPLATE,
                Map.of("identity", claim.value()),
                (codeHash, tokenHash, now) -> VerificationChallenge.forFurtherIdentity(
                        request.id(), claim.kind(), claim.system(), claim.value(), channel, codeHash, tokenHash, now));
    }

    private void issue(
            PrivacyRequest request,
            VerificationChallenge.Purpose purpose,
            String token,
            String template,
            Map<String, String> extra) {
        rateLimiter.consume(settings.codesPerAddress(), request.contactEmail());
        send(
                request,
                purpose,
                request.contactEmail(),
                token,
                template,
                extra,
                (codeHash, tokenHash, now) -> new VerificationChallenge(
                        request.id(), purpose, request.contactEmail(), codeHash, tokenHash, now));
    }

    /** Replaces the request's open challenge for the purpose with a new one, and mails its code to {@code to}. */
    private void send(
            PrivacyRequest request,
            VerificationChallenge.Purpose purpose,
            String to,
            String token,
            String template,
            Map<String, String> extra,
            NewChallenge newChallenge) {
        Instant now = clock.instant();
        challenges.unclosedFor(request.id(), purpose).forEach(earlier -> earlier.supersede(now));
        VerificationSecrets secrets = settings.secrets();
        String code = secrets.newCode();
        challenges.store(
                newChallenge.of(secrets.codeHash(request.publicId(), code), VerificationSecrets.tokenHash(token), now));
        Map<String, String> values = new HashMap<>(extra);
        values.put("code", code);
        values.put("minutes", String.valueOf(VerificationChallenge.VALIDITY.toMinutes()));
        values.put("requestId", request.publicId());
        values.put("right", request.type().name());
        outbox.enqueue(request.publicId(), to, template, request.language(), values);
    }

    /** Builds the challenge to store from the hashes of its code and token. */
    private interface NewChallenge {
        VerificationChallenge of(String codeHash, String tokenHash, Instant now);
    }
}

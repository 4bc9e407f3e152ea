package org.privacyrights.marketing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.privacyrights.consent.application.ConsentLedger;
import org.privacyrights.consent.application.ConsentReferences;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.marketing.domain.MarketingSignup;
import org.privacyrights.marketing.domain.SignupRepository;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.subject.application.KnownSubjects;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * Double opt-in: a sign-up grants nothing until the person confirms it through the single-use link mailed to the
 * address. Anyone may sign up (rate-limited per IP address); the answer is the same for every address.
 */
@Stateless
@PermitAll
public class MarketingSignups {

    @Inject
    SignupRepository signups;

    @Inject
    ConsentRepository consents;

    @Inject
    ConsentReferences references;

    @Inject
    ConsentLedger ledger;

    @Inject
    KnownSubjects knownSubjects;

    @Inject
    Outbox outbox;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    public void signUp(@NotNull @Valid SignupCommand command, String clientAddress) {
        rateLimiter.consume(settings.submissionsPerIp(), clientAddress);
        ConsentPurpose purpose = consents.purpose(command.purpose())
                .orElseThrow(() -> new InvalidInputException("purpose", "'" + command.purpose() + "' is no purpose"));
        String notice = SubjectRegistry.firstSight(() -> references.noticeHash(command.noticeText()));
        String token = settings.secrets().newToken();
        String email = SubjectIdentity.normalize(IdentityKind.EMAIL, command.email());
        String language = command.language() == null ? "en" : command.language();
        signups.store(new MarketingSignup(
                email, purpose.code(), notice, VerificationSecrets.tokenHash(token), language, clock.instant()));
        outbox.enqueue(
                null,
                email,
                "confirm-subscription",
                language,
                Map.of(
                        "purpose",
                        purpose.name(),
                        "link",
                        settings.baseUrl() + "confirm-subscription.xhtml?token="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8),
                        "hours",
                        String.valueOf(MarketingSignup.LIFETIME.toHours())));
    }

    /** The name of what the link would confirm, while it still can. */
    public Optional<String> pending(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return signups.byTokenHash(VerificationSecrets.tokenHash(token))
                .filter(signup -> signup.confirmable(clock.instant()))
                .flatMap(signup -> consents.purpose(signup.purpose()))
                .map(ConsentPurpose::name);
    }

    /** Grants the purpose, once; false for a used, expired or unknown link. */
    public boolean confirm(String token, String ipAddress, String userAgent) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        Optional<MarketingSignup> found =
                signups.byTokenHash(VerificationSecrets.tokenHash(token)).filter(signup -> signup.confirmable(now));
        if (found.isEmpty()) {
            return false;
        }
        MarketingSignup signup = found.get();
        signup.confirm(now);
        DataSubject subject = knownSubjects.byEmail(signup.email());
        ledger.write(
                subject,
                consents.purpose(signup.purpose()).orElseThrow(),
                true,
                signup.noticeHash(),
                ConsentSource.ofClient("email", "confirmed the double opt-in link", ipAddress, userAgent),
                now,
                "subject");
        return true;
    }
}

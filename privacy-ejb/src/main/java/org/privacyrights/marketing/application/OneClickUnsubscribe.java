package org.privacyrights.marketing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.privacyrights.consent.application.ConsentLedger;
import org.privacyrights.consent.application.ConsentReferences;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.marketing.domain.UnsubscribeUse;
import org.privacyrights.marketing.domain.UnsubscribeUseRepository;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.request.application.ProvenMarketingObjections;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.security.Roles;
import org.privacyrights.subject.application.KnownSubjects;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.SignedFields;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * One-click unsubscribe (RFC 8058). Marketing mail carries a {@code List-Unsubscribe} URL signed for its recipient
 * and purpose; a POST to it, from any mail client and without login, withdraws the consent and takes the address off
 * the mail system's lists through the connector, as an objection to direct marketing (absolute, Art. 21(3)). A URL
 * signed for one address is worthless for any other.
 *
 * <p>Each URL works once: its hash is recorded in the transaction that acts on it, under a key that admits one use,
 * so a replayed or forwarded link (or fifty at once) makes no second request and sends no second mail. Every mail
 * gets a URL of its own, so a person who signs up again can unsubscribe again from the next mail. Unsubscribes are
 * limited per IP address and per address unsubscribed, since each one mails its owner.
 */
@Stateless
public class OneClickUnsubscribe {

    static final String PURPOSE = "list-unsubscribe";
    static final String NOTICE = "One-click unsubscribe in the list mail (RFC 8058 List-Unsubscribe-Post)";

    /** The answer to a link that was used before: nothing was done this time. */
    public static final String ALREADY_DONE = "ALREADY_UNSUBSCRIBED";

    @Inject
    ConsentRepository consents;

    @Inject
    ConsentReferences references;

    @Inject
    ConsentLedger ledger;

    @Inject
    KnownSubjects knownSubjects;

    @Inject
    ProvenMarketingObjections objections;

    @Inject
    VerificationSettings settings;

    @Inject
    UnsubscribeUseRepository uses;

    @Inject
    RateLimiter rateLimiter;

    @EJB
    UnsubscribeAttempts attempts;

    @Inject
    Clock clock;

    /** The two headers a marketing mail to this person carries, for the system that sends it. */
    @RolesAllowed(Roles.SCOPE_UNSUBSCRIBE_HEADERS)
    public Map<String, String> headers(String email, String purpose) {
        if (email == null || !email.contains("@") || email.length() > 254) {
            throw new InvalidInputException("subject", "is required: the person's email address");
        }
        purposeNamed(purpose);
        return Map.of(
                "List-Unsubscribe",
                "<" + url(email, purpose) + ">",
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click");
    }

    private String url(String email, String purpose) {
        String token = SignedFields.sign(
                settings.secrets(),
                PURPOSE,
                SubjectIdentity.normalize(IdentityKind.EMAIL, email),
                purpose,
                settings.secrets().newToken());
        return settings.baseUrl() + "api/v1/unsubscribe/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /**
     * Unsubscribes the address the token was signed for, once; a token not signed here is refused, a used one
     * changes nothing and answers {@link #ALREADY_DONE} with the request it made.
     */
    @PermitAll
    public RequestReceipt unsubscribe(String token, String ipAddress, String userAgent) {
        attempts.count(ipAddress);
        List<String> fields =
                open(token).orElseThrow(() -> new InvalidInputException("token", "is not a valid unsubscribe link"));
        String tokenHash = VerificationSecrets.tokenHash(token);
        Optional<UnsubscribeUse> used = uses.byTokenHash(tokenHash);
        if (used.isPresent()) {
            return new RequestReceipt(used.get().requestId().orElse(null), ALREADY_DONE);
        }
        String email = fields.get(0);
        ConsentPurpose purpose = purposeNamed(fields.get(1));
        Instant now = clock.instant();
        UnsubscribeUse use = new UnsubscribeUse(tokenHash, now);
        try {
            uses.claim(use);
        } catch (PersistenceException e) {
            throw new UnsubscribeLinkUsedException(e);
        }
        rateLimiter.consume(settings.unsubscribesPerAddress(), email);
        String noticeHash = SubjectRegistry.firstSight(() -> references.noticeHash(NOTICE));
        DataSubject subject = knownSubjects.byEmail(email);
        ledger.write(
                subject,
                purpose,
                false,
                noticeHash,
                ConsentSource.ofClient("email", "one-click unsubscribe", ipAddress, userAgent),
                now,
                "subject");
        RequestReceipt receipt = objections.object(email, NOTICE, "subject");
        use.madeRequest(receipt.id());
        return receipt;
    }

    /** What a link used before answers now; empty while no use of it has committed. */
    @PermitAll
    public Optional<RequestReceipt> earlierUse(String token) {
        if (open(token).isEmpty()) {
            return Optional.empty();
        }
        return uses.byTokenHash(VerificationSecrets.tokenHash(token))
                .map(use -> new RequestReceipt(use.requestId().orElse(null), ALREADY_DONE));
    }

    /** Links carry the address, the purpose and a nonce; those mailed before the nonce existed carry no nonce. */
    private Optional<List<String>> open(String token) {
        return SignedFields.open(settings.secrets(), PURPOSE, token, 3)
                .or(() -> SignedFields.open(settings.secrets(), PURPOSE, token, 2));
    }

    private ConsentPurpose purposeNamed(String code) {
        return consents.purpose(code == null ? "" : code)
                .orElseThrow(() -> new InvalidInputException("purpose", "'" + code + "' is no purpose"));
    }
}

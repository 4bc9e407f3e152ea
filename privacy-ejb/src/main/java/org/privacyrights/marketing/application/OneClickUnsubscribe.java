package org.privacyrights.marketing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.privacyrights.consent.application.ConsentLedger;
import org.privacyrights.consent.application.ConsentReferences;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.request.application.ProvenMarketingObjections;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.security.Roles;
import org.privacyrights.subject.application.KnownSubjects;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.SignedFields;

/**
 * One-click unsubscribe (RFC 8058). Marketing mail carries a {@code List-Unsubscribe} URL signed for its recipient
 * and purpose; a POST to it, from any mail client and without login, withdraws the consent and takes the address off
 * the mail system's lists through the connector, as an objection to direct marketing (absolute, Art. 21(3)). A URL
 * signed for one address is worthless for any other.
 */
@Stateless
public class OneClickUnsubscribe {

    static final String PURPOSE = "list-unsubscribe";
    static final String NOTICE = "One-click unsubscribe in the list mail (RFC 8058 List-Unsubscribe-Post)";

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
                settings.secrets(), PURPOSE, SubjectIdentity.normalize(IdentityKind.EMAIL, email), purpose);
        return settings.baseUrl() + "api/v1/unsubscribe/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Unsubscribes the address the token was signed for; a token not signed here is refused. */
    @PermitAll
    public RequestReceipt unsubscribe(String token, String ipAddress, String userAgent) {
        List<String> fields = SignedFields.open(settings.secrets(), PURPOSE, token, 2)
                .orElseThrow(() -> new InvalidInputException("token", "is not a valid unsubscribe link"));
        String email = fields.get(0);
        ConsentPurpose purpose = purposeNamed(fields.get(1));
        String noticeHash = SubjectRegistry.firstSight(() -> references.noticeHash(NOTICE));
        DataSubject subject = knownSubjects.byEmail(email);
        Instant now = clock.instant();
        ledger.write(
                subject,
                purpose,
                false,
                noticeHash,
                ConsentSource.ofClient("email", "one-click unsubscribe", ipAddress, userAgent),
                now,
                "subject");
        return objections.object(email, NOTICE, "subject");
    }

    private ConsentPurpose purposeNamed(String code) {
        return consents.purpose(code == null ? "" : code)
                .orElseThrow(() -> new InvalidInputException("purpose", "'" + code + "' is no purpose"));
    }
}

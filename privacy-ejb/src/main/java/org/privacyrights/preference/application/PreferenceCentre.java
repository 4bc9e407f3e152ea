package org.privacyrights.preference.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.privacyrights.consent.application.ConsentLedger;
import org.privacyrights.consent.application.ConsentReferences;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.policy.application.AcknowledgementGate;
import org.privacyrights.policy.application.PolicyText;
import org.privacyrights.policy.domain.GateTicket;
import org.privacyrights.request.application.ProvenMarketingObjections;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.subject.application.KnownSubjects;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.SignedFields;

/**
 * The preference centre behind a signed link that only the address's mailbox receives: the link is the proof. Asking
 * for one answers the same for every address (and is rate-limited per address and per IP); a link works for a day.
 * Decisions are recorded with the exact text the page showed, the channel "portal" and where they came from.
 */
@Stateless
@PermitAll
public class PreferenceCentre {

    static final String PURPOSE = "preferences";
    static final Duration LINK_LIFETIME = Duration.ofHours(24);
    static final String CHANNEL = "portal";
    static final String UNSUBSCRIBE_NOTICE = "Stop all marketing, in the preference centre";

    @Inject
    ConsentRepository consents;

    @Inject
    SubjectRepository subjects;

    @Inject
    KnownSubjects knownSubjects;

    @Inject
    ConsentReferences references;

    @Inject
    ConsentLedger ledger;

    @Inject
    ProvenMarketingObjections objections;

    @Inject
    VerificationSettings settings;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @EJB
    AcknowledgementGate gate;

    /** Mails the address a link to its preferences; says nothing about whether the address is known. */
    public void sendLink(String email, String language, String clientAddress) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            throw new InvalidInputException("email", "is not an email address");
        }
        String address = SubjectIdentity.normalize(IdentityKind.EMAIL, email.strip());
        rateLimiter.consume(settings.submissionsPerIp(), clientAddress);
        rateLimiter.consume(settings.codesPerAddress(), address);
        String token = SignedFields.sign(
                settings.secrets(),
                PURPOSE,
                address,
                Long.toString(clock.instant().plus(LINK_LIFETIME).getEpochSecond()));
        outbox.enqueue(
                null,
                address,
                "preferences-link",
                "de".equals(language) ? "de" : "en",
                Map.of(
                        "link",
                        settings.baseUrl() + "preferences.xhtml?token="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8),
                        "hours",
                        String.valueOf(LINK_LIFETIME.toHours())));
    }

    /** The address a link was signed for, while it is valid. */
    public Optional<String> holder(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return SignedFields.open(settings.secrets(), PURPOSE, token, 2)
                .filter(fields ->
                        Instant.ofEpochSecond(Long.parseLong(fields.get(1))).isAfter(clock.instant()))
                .map(fields -> fields.get(0));
    }

    public PreferencesView open(String token, String language) {
        String email = proven(token);
        Optional<DataSubject> subject = subjects.findByIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email);
        List<PreferencesView.PurposeChoice> purposes = consents.purposes().stream()
                .map(purpose -> new PreferencesView.PurposeChoice(
                        purpose.code(),
                        purpose.name(),
                        purpose.description(),
                        purpose.directMarketing(),
                        subject.flatMap(known -> consents.decision(known, purpose.code()))
                                .orElse(null)))
                .toList();
        return new PreferencesView(email, purposes, gate.waiting(ticket(email), language));
    }

    /** Records the holder's decision for one purpose against the text the page showed for it. */
    public void decide(String token, String purposeCode, boolean granted, String ipAddress, String userAgent) {
        String email = proven(token);
        ConsentPurpose purpose = consents.purpose(purposeCode == null ? "" : purposeCode)
                .orElseThrow(() -> new InvalidInputException("purpose", "'" + purposeCode + "' is no purpose"));
        write(
                email,
                purpose,
                granted,
                noticeFor(purpose),
                granted ? "switched on" : "switched off",
                ipAddress,
                userAgent);
    }

    /**
     * Withdraws every direct-marketing purpose and objects to direct marketing, which takes the address off every
     * list in the mail system like any other objection (Art. 21(3)).
     */
    public RequestReceipt stopMarketing(String token, String ipAddress, String userAgent) {
        String email = proven(token);
        for (ConsentPurpose purpose : consents.purposes()) {
            if (purpose.directMarketing()) {
                write(email, purpose, false, UNSUBSCRIBE_NOTICE, "stopped all marketing", ipAddress, userAgent);
            }
        }
        return objections.object(email, UNSUBSCRIBE_NOTICE, "subject");
    }

    /** Accepts the policies the page showed as waiting for the holder. */
    public void acknowledge(String token, String language, String ipAddress, String userAgent) {
        gate.acknowledge(ticket(proven(token)), language, ipAddress, userAgent, false);
    }

    /** Policies waiting for acceptance, as the gate knows them for the portal channel. */
    public List<PolicyText> waiting(String token, String language) {
        return gate.waiting(ticket(proven(token)), language);
    }

    /** The exact text the page shows for a purpose: what a decision on it is recorded against. */
    static String noticeFor(ConsentPurpose purpose) {
        return purpose.name() + ": " + purpose.description();
    }

    private void write(
            String email,
            ConsentPurpose purpose,
            boolean granted,
            String notice,
            String action,
            String ipAddress,
            String userAgent) {
        String noticeHash = SubjectRegistry.firstSight(() -> references.noticeHash(notice));
        DataSubject subject = knownSubjects.byEmail(email);
        ledger.write(
                subject,
                purpose,
                granted,
                noticeHash,
                ConsentSource.ofClient(CHANNEL, action + " in the preference centre", ipAddress, userAgent),
                clock.instant(),
                "subject");
    }

    /** A short-lived gate ticket for the portal channel, issued here because the link proved the address. */
    private String ticket(String email) {
        return GateTicket.sign(
                new GateTicket(
                        email,
                        CHANNEL,
                        settings.baseUrl() + "preferences.xhtml",
                        clock.instant().plus(Duration.ofMinutes(10))),
                settings.secrets());
    }

    private String proven(String token) {
        return holder(token)
                .orElseThrow(
                        () -> new InvalidInputException("token", "is not valid or has expired; ask for a new link"));
    }
}

package org.privacyrights.policy.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.consent.application.ConsentWithdrawals;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.policy.domain.Acknowledgement;
import org.privacyrights.policy.domain.GateTicket;
import org.privacyrights.policy.domain.PolicyRepository;
import org.privacyrights.policy.domain.PolicyVersion;
import org.privacyrights.security.Roles;
import org.privacyrights.subject.application.KnownSubjects;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;
import org.privacyrights.verification.application.VerificationSettings;

/**
 * The login gate other applications ask at sign-in or submission: has this person accepted the current version of
 * every document this channel requires? If not, the answer carries a signed link to the acknowledgement page, which
 * records the acceptance and sends the browser back to the caller's registered return URL.
 */
@Stateless
public class AcknowledgementGate {

    @Inject
    PolicyRepository policies;

    @Inject
    SubjectRepository subjects;

    @Inject
    KnownSubjects knownSubjects;

    @Inject
    GateSettings settings;

    @Inject
    ConsentWithdrawals withdrawals;

    @Inject
    VerificationSettings verification;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @RolesAllowed(Roles.SCOPE_LOGIN_GATE)
    public GateAnswer check(String email, String channel, String returnUrl) {
        requireEmail(email);
        if (channel == null || !channel.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidInputException("channel", "is 1 to 40 lowercase letters, digits and dashes");
        }
        if (!settings.allowsReturnTo(returnUrl)) {
            throw new InvalidInputException(
                    "return", "is not below a registered return URL (privacy.gate.return-urls)");
        }
        List<GateAnswer.PendingDocument> pending = pending(email, channel);
        if (pending.isEmpty()) {
            return new GateAnswer(true, List.of(), null);
        }
        Instant expires = clock.instant().plus(GateSettings.TICKET_LIFETIME);
        String ticket = GateTicket.sign(new GateTicket(email, channel, returnUrl, expires), verification.secrets());
        String url = verification.baseUrl() + "acknowledge.xhtml?ticket="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
        return new GateAnswer(false, pending, url);
    }

    /** What the acknowledgement page shows for a ticket: the documents waiting, in the reader's language. */
    @PermitAll
    public List<PolicyText> waiting(String ticket, String language) {
        GateTicket opened = open(ticket);
        return waitingVersions(opened, language).stream()
                .map(PolicyService::text)
                .toList();
    }

    /**
     * The person accepted what the page showed: one acknowledgement per document, with where it came from. Answers
     * the return URL the ticket names.
     */
    @PermitAll
    public String acknowledge(
            String ticket, String language, String ipAddress, String userAgent, boolean globalPrivacyControl) {
        GateTicket opened = open(ticket);
        DataSubject subject = knownSubjects.byEmail(opened.email());
        ConsentSource source =
                ConsentSource.ofClient(opened.channel(), "accepted on the acknowledgement page", ipAddress, userAgent);
        for (PolicyVersion shown : waitingVersions(opened, language)) {
            write(subject, shown, source, "subject");
        }
        if (globalPrivacyControl) {
            withdrawals.globalPrivacyControl(
                    subject, source.channel(), source.network(), source.userAgent(), clock.instant());
        }
        return opened.returnUrl();
    }

    /** A system that showed the document itself records the acceptance. */
    @RolesAllowed(Roles.SCOPE_LOGIN_GATE)
    public void record(
            String email, String document, int version, String language, String channel, String ip, String agent) {
        requireEmail(email);
        PolicyVersion shown = policies.version(document, version, language)
                .orElseThrow(() ->
                        new NotFoundException("Version " + version + " of '" + document + "' in '" + language + "'"));
        ConsentSource source = ConsentSource.reported(channel, "accepted in the calling system", ip, agent);
        write(
                knownSubjects.byEmail(email),
                shown,
                source,
                caller.getCallerPrincipal().getName());
    }

    private void write(DataSubject subject, PolicyVersion shown, ConsentSource source, String by) {
        Acknowledgement acknowledgement = new Acknowledgement(
                subject, shown, source.channel(), clock.instant(), source.network(), source.userAgent(), by);
        long sequence = audit.record(new AuditEntry(
                        by,
                        Acknowledgement.AUDIT_ACTION,
                        null,
                        subject.publicId(),
                        null,
                        acknowledgement.auditDetail()))
                .sequence();
        acknowledgement.vouchedBy(sequence);
        policies.store(acknowledgement);
    }

    private List<GateAnswer.PendingDocument> pending(String email, String channel) {
        Map<String, Integer> baselines = policies.acknowledgementBaselines(channel);
        if (baselines.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> accepted = subjects.findByIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email)
                .map(policies::acknowledgedVersions)
                .orElse(Map.of());
        List<GateAnswer.PendingDocument> pending = new ArrayList<>();
        baselines.forEach((document, required) -> {
            if (accepted.getOrDefault(document, 0) < required) {
                pending.add(new GateAnswer.PendingDocument(document, policies.latestVersion(document)));
            }
        });
        return pending;
    }

    private List<PolicyVersion> waitingVersions(GateTicket ticket, String language) {
        List<String> waiting = pending(ticket.email(), ticket.channel()).stream()
                .map(GateAnswer.PendingDocument::document)
                .toList();
        return policies.current(ticket.channel(), language).stream()
                .filter(version -> waiting.contains(version.document()))
                .toList();
    }

    private GateTicket open(String ticket) {
        return GateTicket.open(ticket, verification.secrets(), clock.instant())
                .orElseThrow(() -> new InvalidInputException(
                        "ticket", "is not valid or has expired; sign in again to get a new link"));
    }

    private static void requireEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            throw new InvalidInputException("subject", "is required: the person's email address");
        }
    }
}

package org.privacyrights.consent.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRecord;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.security.Roles;
import org.privacyrights.subject.application.KnownSubjects;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectRepository;

/**
 * Records consent decisions as proof and answers for them. Other systems record what their users decided (the
 * webmail's newsletter box, the help desk's sign-up); staff read a subject's history. Giving and withdrawing are the
 * same call, so withdrawing is exactly as easy; the check API sees a withdrawal as soon as it is committed.
 */
@Stateless
public class ConsentService {

    @Inject
    ConsentRepository consents;

    @Inject
    SubjectRepository subjects;

    @Inject
    ConsentReferences references;

    @Inject
    KnownSubjects knownSubjects;

    @Inject
    ConsentLedger ledger;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @RolesAllowed({Roles.SCOPE_RECORD_CONSENT, Roles.ADMIN, Roles.DPO})
    public ConsentReceipt record(@NotNull @Valid ConsentCommand command) {
        ConsentPurpose purpose = consents.purpose(command.purpose())
                .orElseThrow(() -> new InvalidInputException("purpose", "'" + command.purpose() + "' is no purpose"));
        ConsentSource source =
                ConsentSource.reported(command.channel(), command.action(), command.ipAddress(), command.userAgent());
        String noticeHash = SubjectRegistry.firstSight(() -> references.noticeHash(command.noticeText()));
        DataSubject subject = knownSubjects.byEmail(command.email());
        return ledger.write(
                subject,
                purpose,
                command.granted(),
                noticeHash,
                source,
                clock.instant(),
                caller.getCallerPrincipal().getName());
    }

    /** The subject's decisions, oldest first, as staff see them. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public List<ConsentReceipt> history(String email) {
        DataSubject subject = subjects.findByIdentity(IdentityKind.EMAIL, null, email)
                .orElseThrow(() -> new NotFoundException("Consent history of " + email));
        return consents.history(subject).stream().map(ConsentService::receipt).toList();
    }

    /** The exact text behind a notice hash, as the subject saw it. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public String noticeText(String hash) {
        return consents.noticeByHash(hash)
                .orElseThrow(() -> new NotFoundException("Notice " + hash))
                .body();
    }

    @RolesAllowed({Roles.SYSTEM, Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public List<PurposeView> purposes() {
        return consents.purposes().stream()
                .map(p -> new PurposeView(p.code(), p.name(), p.description(), p.saleOrSharing(), p.directMarketing()))
                .toList();
    }

    static ConsentReceipt receipt(ConsentRecord record) {
        return new ConsentReceipt(
                record.id(),
                record.subject().publicId(),
                record.purpose(),
                record.granted(),
                record.noticeHash(),
                record.recordedAt(),
                record.channel(),
                record.action(),
                record.sourceNetwork().orElse(null),
                record.userAgent().orElse(null),
                record.recordedBy(),
                record.seal());
    }
}

package org.privacyrights.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;

/**
 * Withdrawals that follow from something other than a decision about one purpose, each recorded as such and only
 * where consent stands (a signal on every page does not write a record on every page): a browser's Global Privacy
 * Control signal ({@code Sec-GPC: 1}) withdraws every purpose that sells or shares data; an objection to direct
 * marketing withdraws every marketing purpose.
 */
@ApplicationScoped
public class ConsentWithdrawals {

    static final String GPC_NOTICE =
            "Global Privacy Control: the browser sent Sec-GPC: 1, a request not to sell or share personal data";
    static final String OBJECTION_NOTICE = "Objection to direct marketing (Art. 21(2) GDPR)";

    @Inject
    ConsentRepository consents;

    @Inject
    ConsentReferences references;

    @Inject
    ConsentLedger ledger;

    /** The Global Privacy Control signal, inside the caller's transaction; answers what it recorded. */
    public List<ConsentReceipt> globalPrivacyControl(
            DataSubject subject, String channel, String network, String userAgent, Instant now) {
        return withdraw(
                subject,
                ConsentPurpose::saleOrSharing,
                GPC_NOTICE,
                new ConsentSource(channel, "Global Privacy Control signal (Sec-GPC: 1)", network, userAgent),
                now,
                "subject");
    }

    /** An objection to direct marketing, proven and carried out as request {@code requestId}. */
    public List<ConsentReceipt> objectionToMarketing(
            DataSubject subject, String channel, String requestId, Instant now, String actor) {
        return withdraw(
                subject,
                ConsentPurpose::directMarketing,
                OBJECTION_NOTICE,
                new ConsentSource(channel, "objection to direct marketing, request " + requestId, null, null),
                now,
                actor);
    }

    private List<ConsentReceipt> withdraw(
            DataSubject subject,
            Predicate<ConsentPurpose> concerned,
            String noticeText,
            ConsentSource source,
            Instant now,
            String actor) {
        List<ConsentPurpose> affected = consents.purposes().stream()
                .filter(concerned)
                .filter(purpose -> consents.decision(subject, purpose.code()).orElse(true))
                .toList();
        if (affected.isEmpty()) {
            return List.of();
        }
        String notice = SubjectRegistry.firstSight(() -> references.noticeHash(noticeText));
        return affected.stream()
                .map(purpose -> ledger.write(subject, purpose, false, notice, source, now, actor))
                .toList();
    }
}

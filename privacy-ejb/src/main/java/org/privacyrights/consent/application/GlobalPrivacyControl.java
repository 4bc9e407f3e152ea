package org.privacyrights.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.subject.application.SubjectRegistry;
import org.privacyrights.subject.domain.DataSubject;

/**
 * A browser's Global Privacy Control signal ({@code Sec-GPC: 1}) seen on the portal while we know who is there: an
 * opt-out of every purpose that sells or shares personal data, recorded as such, once per purpose (a signal on every
 * page does not write a record on every page).
 */
@ApplicationScoped
public class GlobalPrivacyControl {

    static final String NOTICE =
            "Global Privacy Control: the browser sent Sec-GPC: 1, a request not to sell or share" + " personal data";

    @Inject
    ConsentRepository consents;

    @Inject
    ConsentReferences references;

    @Inject
    ConsentLedger ledger;

    /** Records the opt-outs inside the caller's transaction; answers what it recorded. */
    public List<ConsentReceipt> honour(
            DataSubject subject, String channel, String network, String userAgent, Instant now) {
        List<ConsentPurpose> affected = consents.purposes().stream()
                .filter(ConsentPurpose::saleOrSharing)
                .filter(purpose -> consents.decision(subject, purpose.code()).orElse(true))
                .toList();
        if (affected.isEmpty()) {
            return List.of();
        }
        String notice = SubjectRegistry.firstSight(() -> references.noticeHash(NOTICE));
        ConsentSource source =
                new ConsentSource(channel, "Global Privacy Control signal (Sec-GPC: 1)", network, userAgent);
        return affected.stream()
                .map(purpose -> ledger.write(subject, purpose, false, notice, source, now, "subject"))
                .toList();
    }
}

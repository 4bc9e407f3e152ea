package org.privacyrights.policy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.policy.domain.PolicyNotice;
import org.privacyrights.policy.domain.PolicyRepository;
import org.privacyrights.policy.domain.PolicyVersion;
import org.privacyrights.verification.application.VerificationSettings;

/**
 * One batch of notices about new versions, in one transaction: the notice row (whose key allows one per person and
 * version) and the mail in the outbox commit together, so nobody is told twice and nobody is skipped.
 */
@Stateless
@PermitAll
public class PolicyNoticeBatch {

    static final int SIZE = 200;

    @Inject
    PolicyRepository policies;

    @Inject
    Outbox outbox;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /** Queues the next batch; answers how many people it told. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendNext() {
        Set<String> told = new HashSet<>();
        for (PolicyRepository.NoticeDue due : policies.noticesDue(SIZE)) {
            // A person with several addresses comes once per address: one notice is enough.
            if (!told.add(due.subjectId() + "/" + due.document() + "/" + due.version())) {
                continue;
            }
            String title = policies.version(due.document(), due.version(), due.language())
                    .or(() -> policies.version(due.document(), due.version(), "en"))
                    .map(PolicyVersion::title)
                    .orElse(due.document());
            policies.store(new PolicyNotice(due.subjectId(), due.document(), due.version(), clock.instant()));
            outbox.enqueue(
                    null,
                    due.email(),
                    "policy-update",
                    due.language(),
                    Map.of(
                            "title", title,
                            "version", String.valueOf(due.version()),
                            "portalUrl", settings.baseUrl()));
        }
        return told.size();
    }
}

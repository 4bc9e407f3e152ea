package org.privacyrights.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.privacyrights.consent.domain.ConsentRepository;

/**
 * The notice a record refers to, stored on first sight in a transaction of its own: two systems recording with a new
 * notice text at the same moment must not fail each other (see {@code SubjectRegistry.firstSight}).
 */
@Stateless
@PermitAll
public class ConsentReferences {

    @Inject
    ConsentRepository consents;

    @Inject
    Clock clock;

    /** Called from the consent boundary, which has checked the caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String noticeHash(String body) {
        return consents.notice(body, clock.instant()).hash();
    }
}

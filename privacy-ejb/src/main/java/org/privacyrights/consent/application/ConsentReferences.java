package org.privacyrights.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;

/**
 * The notice and the subject a record refers to, each stored on first sight in a transaction of its own: two
 * systems recording for a new person or a new notice text at the same moment must not fail each other. The one that
 * loses the race finds the winner's row on its second look.
 */
@Stateless
@PermitAll
public class ConsentReferences {

    @Inject
    ConsentRepository consents;

    @Inject
    SubjectRepository subjects;

    @Inject
    Clock clock;

    /** Called from the consent boundary, which has checked the caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String noticeHash(String body) {
        return consents.notice(body, clock.instant()).hash();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureSubject(String email) {
        if (subjects.findByIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email)
                .isEmpty()) {
            DataSubject subject = new DataSubject(clock.instant());
            subject.addIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email);
            subjects.store(subject);
        }
    }

    /** Runs {@code store} again once when a concurrent transaction stored the same row first. */
    static <T> T firstSight(Supplier<T> store) {
        try {
            return store.get();
        } catch (EJBException lostTheRace) {
            return store.get();
        }
    }
}

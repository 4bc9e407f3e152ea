package org.privacyrights.subject.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;

/**
 * The person other systems name by email address (a consent, an acknowledgement), stored on first sight in a
 * transaction of its own: two systems naming a new person at the same moment must not fail each other. The one that
 * loses the race finds the winner's row on its second look ({@link #firstSight}).
 */
@Stateless
@PermitAll
public class SubjectRegistry {

    @Inject
    SubjectRepository subjects;

    @Inject
    Clock clock;

    /** Called from boundaries that have checked their caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureKnown(String email) {
        if (subjects.findByIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email)
                .isEmpty()) {
            DataSubject subject = new DataSubject(clock.instant());
            subject.addIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email);
            subjects.store(subject);
        }
    }

    /** Runs {@code store} again once when a concurrent transaction stored the same row first. */
    public static <T> T firstSight(Supplier<T> store) {
        try {
            return store.get();
        } catch (EJBException lostTheRace) {
            return store.get();
        }
    }
}

package org.privacyrights.subject.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;

/** The person with an email address, in the caller's transaction; stored first, on its own, if new. */
@ApplicationScoped
public class KnownSubjects {

    @EJB
    SubjectRegistry registry;

    @Inject
    SubjectRepository subjects;

    public DataSubject byEmail(String email) {
        SubjectRegistry.firstSight(() -> {
            registry.ensureKnown(email);
            return null;
        });
        return subjects.findByIdentity(IdentityKind.EMAIL, SubjectIdentity.ANY_SYSTEM, email)
                .orElseThrow();
    }
}

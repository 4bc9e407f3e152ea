package org.privacyrights.subject.domain;

import java.util.Optional;

/** Where data subjects are kept, found by any of their identities. */
public interface SubjectRepository {

    Optional<DataSubject> findByIdentity(IdentityKind kind, String system, String value);

    void store(DataSubject subject);
}

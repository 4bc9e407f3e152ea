package org.privacyrights.subject.domain;

import java.util.Optional;

/** Where data subjects are kept, found by any of their identities. */
public interface SubjectRepository {

    Optional<DataSubject> findByIdentity(IdentityKind kind, String system, String value);

    void store(DataSubject subject);

    /** Deletes a subject that no request and no identity refers to any more (a request's provisional subject). */
    void removeIfUnused(DataSubject subject);
}

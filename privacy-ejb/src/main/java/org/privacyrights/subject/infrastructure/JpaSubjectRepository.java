package org.privacyrights.subject.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;

@ApplicationScoped
public class JpaSubjectRepository implements SubjectRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaSubjectRepository() {}

    public JpaSubjectRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DataSubject> findByIdentity(IdentityKind kind, String system, String value) {
        return em.createQuery(
                        "SELECT i.subject FROM SubjectIdentity i"
                                + " WHERE i.kind = :kind AND i.system = :system AND i.value = :value",
                        DataSubject.class)
                .setParameter("kind", kind)
                .setParameter("system", system == null ? SubjectIdentity.ANY_SYSTEM : system)
                .setParameter("value", SubjectIdentity.normalize(kind, value))
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(DataSubject subject) {
        em.persist(subject);
    }

    @Override
    public void removeIfUnused(DataSubject subject) {
        long requests = em.createQuery("SELECT COUNT(r) FROM PrivacyRequest r WHERE r.subject = :subject", Long.class)
                .setParameter("subject", subject)
                .getSingleResult();
        if (requests == 0 && subject.identities().isEmpty()) {
            em.remove(subject);
        }
    }
}

package org.privacyrights.register.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.privacyrights.register.domain.RegisterVersion;
import org.privacyrights.register.domain.RegisterVersions;

@ApplicationScoped
public class JpaRegisterVersions implements RegisterVersions {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaRegisterVersions() {}

    /** For tests outside the container. */
    public JpaRegisterVersions(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Integer> newest() {
        return Optional.ofNullable(em.createQuery("SELECT MAX(v.version) FROM RegisterVersion v", Integer.class)
                .getSingleResult());
    }

    @Override
    public Optional<RegisterVersion> version(int version) {
        return Optional.ofNullable(em.find(RegisterVersion.class, version));
    }

    @Override
    public List<RegisterVersion> all() {
        return em.createQuery("SELECT v FROM RegisterVersion v ORDER BY v.version DESC", RegisterVersion.class)
                .getResultList();
    }

    @Override
    public void store(RegisterVersion version) {
        em.persist(version);
    }
}

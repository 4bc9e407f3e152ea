package org.privacyrights.export.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.privacyrights.export.domain.ExportPackage;
import org.privacyrights.export.domain.ExportPackageRepository;

@ApplicationScoped
public class JpaExportPackageRepository implements ExportPackageRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaExportPackageRepository() {}

    /** For tests outside the container. */
    public JpaExportPackageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(ExportPackage exportPackage) {
        em.persist(exportPackage);
    }

    @Override
    public Optional<ExportPackage> forRequest(Long requestId) {
        return em.createQuery("SELECT p FROM ExportPackage p WHERE p.requestId = :request", ExportPackage.class)
                .setParameter("request", requestId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ExportPackage> byTokenHash(String tokenHash) {
        return em.createQuery("SELECT p FROM ExportPackage p WHERE p.downloadTokenHash = :hash", ExportPackage.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ExportPackage> expiredBefore(Instant now) {
        return em.createQuery(
                        "SELECT p FROM ExportPackage p WHERE p.deletedAt IS NULL AND p.expiresAt < :now",
                        ExportPackage.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList();
    }
}

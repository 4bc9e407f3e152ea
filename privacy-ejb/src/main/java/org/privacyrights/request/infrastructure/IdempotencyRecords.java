package org.privacyrights.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class IdempotencyRecords {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected IdempotencyRecords() {}

    public IdempotencyRecords(EntityManager em) {
        this.em = em;
    }

    public Optional<IdempotencyRecord> find(String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, key));
    }

    public void store(IdempotencyRecord record) {
        em.persist(record);
    }
}

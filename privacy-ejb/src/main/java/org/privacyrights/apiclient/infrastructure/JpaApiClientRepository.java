package org.privacyrights.apiclient.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.privacyrights.apiclient.domain.ApiClient;
import org.privacyrights.apiclient.domain.ApiClientRepository;

@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    @Override
    public Optional<ApiClient> byName(String name) {
        return em.createQuery("SELECT c FROM ApiClient c WHERE c.name = :name", ApiClient.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiClient> byKeyHash(String keyHash) {
        return em.createQuery("SELECT c FROM ApiClient c WHERE c.keyHash = :hash", ApiClient.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiClient> all() {
        return em.createQuery("SELECT c FROM ApiClient c ORDER BY c.name", ApiClient.class)
                .getResultList();
    }

    @Override
    public void store(ApiClient client) {
        em.persist(client);
    }
}

package org.privacyrights.marketing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.privacyrights.marketing.domain.UnsubscribeUse;
import org.privacyrights.marketing.domain.UnsubscribeUseRepository;

@ApplicationScoped
public class JpaUnsubscribeUseRepository implements UnsubscribeUseRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    @Override
    public Optional<UnsubscribeUse> byTokenHash(String tokenHash) {
        return Optional.ofNullable(em.find(UnsubscribeUse.class, tokenHash));
    }

    @Override
    public void claim(UnsubscribeUse use) {
        em.persist(use);
        em.flush();
    }
}

package org.privacyrights.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.privacyrights.staff.domain.StaffRepository;
import org.privacyrights.staff.domain.StaffUser;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaStaffRepository() {}

    public JpaStaffRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StaffUser> all() {
        return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult();
    }

    @Override
    public void store(StaffUser user) {
        em.persist(user);
    }
}

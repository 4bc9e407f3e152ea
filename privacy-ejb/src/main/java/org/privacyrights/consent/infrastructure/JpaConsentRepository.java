package org.privacyrights.consent.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.privacyrights.audit.domain.SealedRecords;
import org.privacyrights.audit.infrastructure.SealCheck;
import org.privacyrights.consent.domain.ConsentNotice;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRecord;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentState;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository, SealedRecords {

    private static final String CHECK = "SELECT s.granted, s.record_id FROM consent_purpose p"
            + " LEFT JOIN consent_state s ON s.purpose_code = p.code AND s.subject_id ="
            + " (SELECT i.subject_id FROM subject_identity i"
            + " WHERE i.kind = ? AND i.system_name = ? AND i.identity_value = ?)"
            + " WHERE p.code = ?";

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/privacy")
    private DataSource dataSource;

    protected JpaConsentRepository() {}

    public JpaConsentRepository(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ConsentPurpose> purpose(String code) {
        return Optional.ofNullable(em.find(ConsentPurpose.class, code));
    }

    @Override
    public List<ConsentPurpose> purposes() {
        return em.createQuery("SELECT p FROM ConsentPurpose p ORDER BY p.code", ConsentPurpose.class)
                .getResultList();
    }

    @Override
    public void addPurpose(ConsentPurpose purpose) {
        em.persist(purpose);
    }

    @Override
    public ConsentNotice notice(String body, Instant now) {
        ConsentNotice known = em.find(ConsentNotice.class, ConsentNotice.hashOf(body));
        if (known != null) {
            return known;
        }
        ConsentNotice notice = new ConsentNotice(body, now);
        em.persist(notice);
        return notice;
    }

    @Override
    public Optional<ConsentNotice> noticeByHash(String hash) {
        return Optional.ofNullable(em.find(ConsentNotice.class, hash));
    }

    @Override
    public void append(ConsentRecord record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public void follow(ConsentRecord latest) {
        ConsentState state = em.find(
                ConsentState.class,
                new ConsentState.Key(latest.subject().id(), latest.purpose()),
                LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            em.persist(new ConsentState(latest));
        } else {
            state.follow(latest);
        }
    }

    @Override
    public Optional<Boolean> decision(DataSubject subject, String purpose) {
        return Optional.ofNullable(em.find(ConsentState.class, new ConsentState.Key(subject.id(), purpose)))
                .map(ConsentState::granted);
    }

    @Override
    public List<ConsentRecord> history(DataSubject subject) {
        return em.createQuery(
                        "SELECT r FROM ConsentRecord r WHERE r.subject = :subject ORDER BY r.recordedAt, r.id",
                        ConsentRecord.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    /**
     * Plain JDBC, not JPA: this is the hot path, and the entity manager's machinery costs more than the query. One
     * round trip: the purpose row always comes back when it exists, the decision only when there is one.
     */
    @Override
    public Optional<ConsentCheckRow> check(String email, String purpose) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(CHECK)) {
            query.setString(1, IdentityKind.EMAIL.name());
            query.setString(2, SubjectIdentity.ANY_SYSTEM);
            query.setString(3, SubjectIdentity.normalize(IdentityKind.EMAIL, email));
            query.setString(4, purpose);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                boolean granted = row.getBoolean(1);
                boolean decided = !row.wasNull();
                long record = row.getLong(2);
                return Optional.of(decided ? new ConsentCheckRow(granted, record) : new ConsentCheckRow(null, null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The consent check could not read the database", e);
        }
    }

    @Override
    public Optional<SealedRecords.Tampering> firstTampering() {
        Optional<SealedRecords.Tampering> record =
                new SealCheck(em, "ConsentRecord", ConsentRecord.AUDIT_ACTION, "consent record").firstTampering();
        if (record.isPresent()) {
            return record;
        }
        List<Object[]> stale = em.createQuery(
                        "SELECT r.id, r.auditSequence FROM ConsentState s, ConsentRecord r WHERE r.id = s.recordId AND"
                                + " (r.granted <> s.granted OR r.purpose <> s.purpose OR r.subject.id <> s.subjectId"
                                + " OR EXISTS (SELECT n FROM ConsentRecord n WHERE n.subject = r.subject"
                                + " AND n.purpose = r.purpose AND n.id > r.id))",
                        Object[].class)
                .setMaxResults(1)
                .getResultList();
        return stale.stream()
                .findFirst()
                .map(row -> new SealedRecords.Tampering(
                        (Long) row[1], "the current consent state does not follow record " + row[0]));
    }
}

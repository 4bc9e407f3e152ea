package org.privacyrights.policy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.privacyrights.audit.domain.SealedRecords;
import org.privacyrights.audit.infrastructure.SealCheck;
import org.privacyrights.policy.domain.Acknowledgement;
import org.privacyrights.policy.domain.PolicyNotice;
import org.privacyrights.policy.domain.PolicyRepository;
import org.privacyrights.policy.domain.PolicyVersion;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;

@ApplicationScoped
public class JpaPolicyRepository implements PolicyRepository, SealedRecords {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaPolicyRepository() {}

    public JpaPolicyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public int latestVersion(String document) {
        Integer latest = em.createQuery(
                        "SELECT MAX(p.version) FROM PolicyVersion p WHERE p.document = :document", Integer.class)
                .setParameter("document", document)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    @Override
    public Optional<String> channelOf(String document) {
        return em.createQuery("SELECT p.channel FROM PolicyVersion p WHERE p.document = :document", String.class)
                .setParameter("document", document)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(PolicyVersion version) {
        em.persist(version);
    }

    @Override
    public List<PolicyVersion> current(String channel, String language) {
        return oneLanguageEach(
                em.createQuery(
                                "SELECT p FROM PolicyVersion p WHERE p.channel = :channel AND p.version ="
                                        + " (SELECT MAX(q.version) FROM PolicyVersion q WHERE q.document = p.document)"
                                        + " ORDER BY p.document, p.id",
                                PolicyVersion.class)
                        .setParameter("channel", channel)
                        .getResultList(),
                language);
    }

    @Override
    public List<PolicyVersion> currentOfAll(String language) {
        return oneLanguageEach(
                em.createQuery(
                                "SELECT p FROM PolicyVersion p WHERE p.version ="
                                        + " (SELECT MAX(q.version) FROM PolicyVersion q WHERE q.document = p.document)"
                                        + " ORDER BY p.channel, p.document, p.id",
                                PolicyVersion.class)
                        .getResultList(),
                language);
    }

    /** Of each document's languages, {@code language} where it has it, else its first. */
    private static List<PolicyVersion> oneLanguageEach(List<PolicyVersion> latest, String language) {
        Map<String, PolicyVersion> byDocument = new LinkedHashMap<>();
        for (PolicyVersion each : latest) {
            PolicyVersion chosen = byDocument.get(each.document());
            if (chosen == null
                    || (!chosen.language().equals(language) && each.language().equals(language))) {
                byDocument.put(each.document(), each);
            }
        }
        return new ArrayList<>(byDocument.values());
    }

    @Override
    public Optional<PolicyVersion> version(String document, int version, String language) {
        return em.createQuery(
                        "SELECT p FROM PolicyVersion p WHERE p.document = :document AND p.version = :version"
                                + " AND p.language = :language",
                        PolicyVersion.class)
                .setParameter("document", document)
                .setParameter("version", version)
                .setParameter("language", language)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, Integer> acknowledgementBaselines(String channel) {
        Map<String, Integer> baselines = new TreeMap<>();
        em.createQuery(
                        "SELECT p.document, MAX(p.version) FROM PolicyVersion p"
                                + " WHERE p.channel = :channel AND p.requiresAcknowledgement = TRUE"
                                + " GROUP BY p.document",
                        Object[].class)
                .setParameter("channel", channel)
                .getResultList()
                .forEach(row -> baselines.put((String) row[0], ((Number) row[1]).intValue()));
        return baselines;
    }

    @Override
    public Map<String, Integer> acknowledgedVersions(DataSubject subject) {
        Map<String, Integer> acknowledged = new TreeMap<>();
        em.createQuery(
                        "SELECT a.document, MAX(a.version) FROM Acknowledgement a WHERE a.subject = :subject"
                                + " GROUP BY a.document",
                        Object[].class)
                .setParameter("subject", subject)
                .getResultList()
                .forEach(row -> acknowledged.put((String) row[0], ((Number) row[1]).intValue()));
        return acknowledged;
    }

    @Override
    public void store(Acknowledgement acknowledgement) {
        em.persist(acknowledgement);
        em.flush();
    }

    @Override
    public List<NoticeDue> noticesDue(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.subject_id, i.identity_value, b.document, b.version,"
                        + " MAX(a.language)"
                        + " FROM (SELECT document, MAX(version) AS version FROM policy_version"
                        + " WHERE requires_acknowledgement = TRUE GROUP BY document) b"
                        + " JOIN acknowledgement a ON a.document = b.document AND a.version < b.version"
                        + " JOIN subject_identity i ON i.subject_id = a.subject_id AND i.kind = ? AND i.system_name = ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM acknowledgement n WHERE n.subject_id = a.subject_id"
                        + " AND n.document = b.document AND n.version >= b.version)"
                        + " AND NOT EXISTS (SELECT 1 FROM policy_notice t WHERE t.subject_id = a.subject_id"
                        + " AND t.document = b.document AND t.version = b.version)"
                        + " GROUP BY a.subject_id, i.identity_value, b.document, b.version"
                        + " ORDER BY a.subject_id")
                .setParameter(1, IdentityKind.EMAIL.name())
                .setParameter(2, SubjectIdentity.ANY_SYSTEM)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(row -> new NoticeDue(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        ((Number) row[3]).intValue(),
                        (String) row[4]))
                .toList();
    }

    @Override
    public void store(PolicyNotice notice) {
        em.persist(notice);
    }

    @Override
    public Map<Integer, Long> coverage(String document) {
        Map<Integer, Long> coverage = new TreeMap<>();
        // Every published version, also those nobody accepted yet.
        em.createQuery("SELECT DISTINCT p.version FROM PolicyVersion p WHERE p.document = :document", Integer.class)
                .setParameter("document", document)
                .getResultList()
                .forEach(version -> coverage.put(version, 0L));
        em.createQuery(
                        "SELECT a.version, COUNT(DISTINCT a.subject) FROM Acknowledgement a"
                                + " WHERE a.document = :document GROUP BY a.version",
                        Object[].class)
                .setParameter("document", document)
                .getResultList()
                .forEach(row -> coverage.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return coverage;
    }

    @Override
    public Optional<SealedRecords.Tampering> firstTampering() {
        return new SealCheck(em, "Acknowledgement", Acknowledgement.AUDIT_ACTION, "acknowledgement").firstTampering();
    }
}

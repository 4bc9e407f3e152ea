package org.privacyrights.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.privacyrights.audit.domain.SealedRecord;
import org.privacyrights.platform.CanonicalHash;
import org.privacyrights.subject.domain.DataSubject;

/**
 * Proof that a person was shown one version of a document and accepted it: which text (by hash, in which language),
 * where (channel, network prefix, user agent) and when. Not a consent to any purpose: that is a different fact, kept
 * as a consent record. Sealed, and the seal repeated in the audit event written just before it.
 */
@Entity
@Table(name = "acknowledgement")
public class Acknowledgement extends SealedRecord {

    public static final String AUDIT_ACTION = "POLICY_ACKNOWLEDGED";

    @Id
    @SequenceGenerator(name = "acknowledgement_seq", sequenceName = "acknowledgement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acknowledgement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", updatable = false)
    private DataSubject subject;

    @Column(nullable = false, updatable = false, length = 60)
    private String document;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    protected Acknowledgement() {}

    public Acknowledgement(
            DataSubject subject,
            PolicyVersion shown,
            String channel,
            Instant recordedAt,
            String sourceNetwork,
            String userAgent,
            String recordedBy) {
        super(recordedAt, channel, sourceNetwork, userAgent, recordedBy);
        this.subject = subject;
        this.document = shown.document();
        this.version = shown.version();
        this.language = shown.language();
        this.contentHash = shown.contentHash();
        sealContent();
    }

    @Override
    public String computeSeal() {
        return new CanonicalHash()
                .add(subject.publicId())
                .add(document)
                .add(Integer.toString(version))
                .add(language)
                .add(contentHash)
                .add(channel())
                .add(recordedAt().toString())
                .add(sourceNetwork().orElse(null))
                .add(userAgent().orElse(null))
                .add(recordedBy())
                .sha256();
    }

    @Override
    public String auditDetail() {
        return "document=" + document + " version=" + version + " seal=" + computeSeal();
    }

    @Override
    public Long id() {
        return id;
    }

    public DataSubject subject() {
        return subject;
    }

    public String document() {
        return document;
    }

    public int version() {
        return version;
    }

    public String language() {
        return language;
    }

    public String contentHash() {
        return contentHash;
    }
}

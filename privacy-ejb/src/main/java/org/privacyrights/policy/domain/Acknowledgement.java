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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.privacyrights.audit.domain.Sealed;
import org.privacyrights.platform.CanonicalHash;
import org.privacyrights.subject.domain.DataSubject;

/**
 * Proof that a person was shown one version of a document and accepted it: which text (by hash, in which language),
 * where (channel, network prefix, user agent) and when. Not a consent to any purpose: that is a different fact, kept
 * as a consent record. Sealed, and the seal repeated in the audit event written just before it.
 */
@Entity
@Table(name = "acknowledgement")
public class Acknowledgement implements Sealed {

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

    @Column(nullable = false, updatable = false, length = 40)
    private String channel;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "source_network", updatable = false, length = 50)
    private String sourceNetwork;

    @Column(name = "user_agent", updatable = false, length = 500)
    private String userAgent;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(nullable = false, updatable = false, length = 64)
    private String seal;

    @Column(name = "audit_seq", nullable = false, updatable = false)
    private long auditSequence;

    protected Acknowledgement() {}

    public Acknowledgement(
            DataSubject subject,
            PolicyVersion shown,
            String channel,
            Instant recordedAt,
            String sourceNetwork,
            String userAgent,
            String recordedBy) {
        this.subject = subject;
        this.document = shown.document();
        this.version = shown.version();
        this.language = shown.language();
        this.contentHash = shown.contentHash();
        this.channel = channel;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.sourceNetwork = sourceNetwork;
        this.userAgent = userAgent;
        this.recordedBy = recordedBy;
        this.seal = computeSeal();
    }

    /** Names the audit event that repeats the seal; once, before the acknowledgement is stored. */
    public void vouchedBy(long auditSequence) {
        if (this.auditSequence != 0) {
            throw new IllegalStateException("acknowledgement is vouched for already");
        }
        this.auditSequence = auditSequence;
    }

    @Override
    public String computeSeal() {
        return new CanonicalHash()
                .add(subject.publicId())
                .add(document)
                .add(Integer.toString(version))
                .add(language)
                .add(contentHash)
                .add(channel)
                .add(recordedAt.toInstant().toString())
                .add(sourceNetwork)
                .add(userAgent)
                .add(recordedBy)
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

    public String channel() {
        return channel;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    public Optional<String> sourceNetwork() {
        return Optional.ofNullable(sourceNetwork);
    }

    public String recordedBy() {
        return recordedBy;
    }

    @Override
    public String seal() {
        return seal;
    }

    @Override
    public long auditSequence() {
        return auditSequence;
    }
}

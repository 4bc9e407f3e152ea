package org.privacyrights.consent.domain;

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
 * One decision about one purpose, as proof: who, what (purpose and the exact notice), when (server UTC), how (channel
 * and action), from where (network prefix, user agent). Never changed after it is written; a withdrawal is a new
 * record. The seal is a hash of all of it, repeated in the audit event written just before the record.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord implements Sealed {

    /** The audit action that repeats each record's seal. */
    public static final String AUDIT_ACTION = "CONSENT_RECORDED";

    @Id
    @SequenceGenerator(name = "consent_record_seq", sequenceName = "consent_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", updatable = false)
    private DataSubject subject;

    @Column(name = "purpose_code", nullable = false, updatable = false, length = 60)
    private String purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "notice_hash", nullable = false, updatable = false, length = 64)
    private String noticeHash;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, updatable = false, length = 40)
    private String channel;

    @Column(nullable = false, updatable = false, length = 200)
    private String action;

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

    protected ConsentRecord() {}

    public ConsentRecord(
            DataSubject subject,
            String purpose,
            boolean granted,
            String noticeHash,
            Instant recordedAt,
            ConsentSource source,
            String recordedBy) {
        this.subject = subject;
        this.purpose = purpose;
        this.granted = granted;
        this.noticeHash = noticeHash;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.channel = source.channel();
        this.action = source.action();
        this.sourceNetwork = source.network();
        this.userAgent = source.userAgent();
        this.recordedBy = recordedBy;
        this.seal = computeSeal();
    }

    /** Names the audit event that repeats this record's seal; once, before the record is stored. */
    public void vouchedBy(long auditSequence) {
        if (this.auditSequence != 0) {
            throw new IllegalStateException("consent record is vouched for already");
        }
        this.auditSequence = auditSequence;
    }

    /** The hash of the record's content as it is now; differs from {@link #seal()} once anything was changed. */
    @Override
    public String computeSeal() {
        return new CanonicalHash()
                .add(subject.publicId())
                .add(purpose)
                .add(Boolean.toString(granted))
                .add(noticeHash)
                .add(recordedAt.toInstant().toString())
                .add(channel)
                .add(action)
                .add(sourceNetwork)
                .add(userAgent)
                .add(recordedBy)
                .sha256();
    }

    /** What the audit event says about this record, computed from its content; the seal check compares the two. */
    @Override
    public String auditDetail() {
        return "purpose=" + purpose + " granted=" + granted + " seal=" + computeSeal();
    }

    @Override
    public Long id() {
        return id;
    }

    public DataSubject subject() {
        return subject;
    }

    public String purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public String noticeHash() {
        return noticeHash;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    public String channel() {
        return channel;
    }

    public String action() {
        return action;
    }

    public Optional<String> sourceNetwork() {
        return Optional.ofNullable(sourceNetwork);
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
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

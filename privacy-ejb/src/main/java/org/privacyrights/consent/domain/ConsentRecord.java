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
import org.privacyrights.audit.domain.SealedRecord;
import org.privacyrights.platform.CanonicalHash;
import org.privacyrights.subject.domain.DataSubject;

/**
 * One decision about one purpose, as proof: who, what (purpose and the exact notice), when (server UTC), how (channel
 * and action), from where (network prefix, user agent). Never changed after it is written; a withdrawal is a new
 * record. The seal is a hash of all of it, repeated in the audit event written just before the record.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends SealedRecord {

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

    @Column(nullable = false, updatable = false, length = 200)
    private String action;

    protected ConsentRecord() {}

    public ConsentRecord(
            DataSubject subject,
            String purpose,
            boolean granted,
            String noticeHash,
            Instant recordedAt,
            ConsentSource source,
            String recordedBy) {
        super(recordedAt, source.channel(), source.network(), source.userAgent(), recordedBy);
        this.subject = subject;
        this.purpose = purpose;
        this.granted = granted;
        this.noticeHash = noticeHash;
        this.action = source.action();
        sealContent();
    }

    /** The hash of the record's content as it is now; differs from {@link #seal()} once anything was changed. */
    @Override
    public String computeSeal() {
        return new CanonicalHash()
                .add(subject.publicId())
                .add(purpose)
                .add(Boolean.toString(granted))
                .add(noticeHash)
                .add(recordedAt().toString())
                .add(channel())
                .add(action)
                .add(sourceNetwork().orElse(null))
                .add(userAgent().orElse(null))
                .add(recordedBy())
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

    public String action() {
        return action;
    }
}

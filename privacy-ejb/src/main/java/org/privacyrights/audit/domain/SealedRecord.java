package org.privacyrights.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What every piece of proof a person gives has besides its subject matter (a consent decision, an acknowledgement):
 * when (server UTC, to the microsecond the database keeps), where (channel, network prefix, user agent), who wrote it
 * down, its seal, and the audit event that repeats the seal. Written once, never changed.
 */
@MappedSuperclass
public abstract class SealedRecord implements Sealed {

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, updatable = false, length = 40)
    private String channel;

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

    protected SealedRecord() {}

    protected SealedRecord(
            Instant recordedAt, String channel, String sourceNetwork, String userAgent, String recordedBy) {
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.channel = channel;
        this.sourceNetwork = sourceNetwork;
        this.userAgent = userAgent;
        this.recordedBy = recordedBy;
    }

    /** Seals the content; the subclass's constructor calls it last, once its own fields are set. */
    protected final void sealContent() {
        this.seal = computeSeal();
    }

    /** Names the audit event that repeats the seal; once, before the record is stored. */
    public void vouchedBy(long auditSequence) {
        if (this.auditSequence != 0) {
            throw new IllegalStateException("this record is vouched for already");
        }
        this.auditSequence = auditSequence;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    public String channel() {
        return channel;
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

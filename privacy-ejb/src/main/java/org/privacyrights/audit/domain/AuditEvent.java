package org.privacyrights.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One link of the audit chain. Immutable once written: there are no setters and no update paths. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The chain position; dense from 1, so a deleted row shows as a gap. */
    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "request_id", length = 36)
    private String requestId;

    @Column(name = "subject_id", length = 36)
    private String subjectId;

    @Column(name = "system_name", length = 100)
    private String systemName;

    @Column(length = 1000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {}

    AuditEvent(long sequence, Instant occurredAt, AuditEntry entry, String previousHash) {
        this.sequence = sequence;
        // Databases keep microseconds: hash exactly what will be read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.actor = entry.actor();
        this.action = entry.action();
        this.requestId = entry.requestId();
        this.subjectId = entry.subjectId();
        this.systemName = entry.systemName();
        this.detail = entry.detail();
        this.previousHash = previousHash;
        this.hash = AuditHasher.hash(this);
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    public Optional<String> systemName() {
        return Optional.ofNullable(systemName);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}

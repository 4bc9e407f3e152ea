package org.privacyrights.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One counted event (a submission, a code sent) under a keyed hash of its address or IP address. */
@Entity
@Table(name = "rate_limit_event")
public class RateLimitEvent {

    @Id
    @SequenceGenerator(name = "rate_limit_event_seq", sequenceName = "rate_limit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rate_limit_event_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String bucket;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected RateLimitEvent() {}

    public RateLimitEvent(String bucket, String keyHash, Instant now) {
        this.bucket = bucket;
        this.keyHash = keyHash;
        this.occurredAt = now.atOffset(ZoneOffset.UTC);
    }
}

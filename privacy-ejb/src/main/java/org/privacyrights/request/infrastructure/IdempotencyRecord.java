package org.privacyrights.request.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Remembers which request an {@code Idempotency-Key} created, and a fingerprint of the body it came with. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @Column(name = "idempotency_key", length = 200)
    private String key;

    @Column(name = "body_fingerprint", nullable = false, length = 64)
    private String bodyFingerprint;

    @Column(name = "request_public_id", nullable = false, length = 36)
    private String requestPublicId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected IdempotencyRecord() {}

    public IdempotencyRecord(String key, String bodyFingerprint, String requestPublicId, Instant now) {
        this.key = key;
        this.bodyFingerprint = bodyFingerprint;
        this.requestPublicId = requestPublicId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public String key() {
        return key;
    }

    public String bodyFingerprint() {
        return bodyFingerprint;
    }

    public String requestPublicId() {
        return requestPublicId;
    }
}

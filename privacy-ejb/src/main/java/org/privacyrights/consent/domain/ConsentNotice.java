package org.privacyrights.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.privacyrights.platform.CanonicalHash;

/** The exact text a subject was shown when deciding, kept once and named by its SHA-256. */
@Entity
@Table(name = "consent_notice")
public class ConsentNotice {

    public static final int MAX_LENGTH = 20_000;

    @Id
    @Column(length = 64)
    private String hash;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ConsentNotice() {}

    public ConsentNotice(String body, Instant now) {
        this.body = body;
        this.hash = hashOf(body);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public static String hashOf(String body) {
        return CanonicalHash.sha256(body);
    }

    public String hash() {
        return hash;
    }

    public String body() {
        return body;
    }
}

package org.privacyrights.marketing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A sign-up for marketing mail, waiting for the person to confirm it from the mail we sent (double opt-in). Until
 * then nothing is granted; the link works once, and not after it expires.
 */
@Entity
@Table(name = "marketing_signup")
public class MarketingSignup {

    public static final Duration LIFETIME = Duration.ofHours(48);

    @Id
    @SequenceGenerator(name = "marketing_signup_seq", sequenceName = "marketing_signup_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marketing_signup_seq")
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "purpose_code", nullable = false, length = 60)
    private String purpose;

    @Column(name = "notice_hash", nullable = false, length = 64)
    private String noticeHash;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Version
    private long version;

    protected MarketingSignup() {}

    public MarketingSignup(
            String email, String purpose, String noticeHash, String tokenHash, String language, Instant now) {
        this.email = email;
        this.purpose = purpose;
        this.noticeHash = noticeHash;
        this.tokenHash = tokenHash;
        this.language = language;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(LIFETIME).atOffset(ZoneOffset.UTC);
    }

    /** Whether the link may still confirm: not used, not expired. */
    public boolean confirmable(Instant now) {
        return confirmedAt == null && expiresAt.toInstant().isAfter(now);
    }

    public void confirm(Instant now) {
        if (!confirmable(now)) {
            throw new IllegalStateException("sign-up " + id + " cannot be confirmed any more");
        }
        confirmedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String email() {
        return email;
    }

    public String purpose() {
        return purpose;
    }

    public String noticeHash() {
        return noticeHash;
    }

    public String language() {
        return language;
    }
}

package org.privacyrights.policy.domain;

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
import org.privacyrights.platform.CanonicalHash;

/**
 * One language of one published version of a policy document. Published means final: nothing here changes, and
 * the content hash names exactly the text people saw.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    public static final int MAX_BODY_LENGTH = 100_000;

    @Id
    @SequenceGenerator(name = "policy_version_seq", sequenceName = "policy_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 60)
    private String document;

    @Column(nullable = false, updatable = false, length = 40)
    private String channel;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Column(nullable = false, updatable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "requires_acknowledgement", nullable = false, updatable = false)
    private boolean requiresAcknowledgement;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    private String publishedBy;

    protected PolicyVersion() {}

    public PolicyVersion(
            String document,
            String channel,
            int version,
            String language,
            String title,
            String body,
            boolean requiresAcknowledgement,
            Instant publishedAt,
            String publishedBy) {
        this.document = document;
        this.channel = channel;
        this.version = version;
        this.language = language;
        this.title = title;
        this.body = body;
        this.contentHash = new CanonicalHash().add(title).add(body).sha256();
        this.requiresAcknowledgement = requiresAcknowledgement;
        this.publishedAt = publishedAt.atOffset(ZoneOffset.UTC);
        this.publishedBy = publishedBy;
    }

    public String document() {
        return document;
    }

    public String channel() {
        return channel;
    }

    public int version() {
        return version;
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String contentHash() {
        return contentHash;
    }

    /** Whether people must accept this version before they get in again (a material change). */
    public boolean requiresAcknowledgement() {
        return requiresAcknowledgement;
    }

    public Instant publishedAt() {
        return publishedAt.toInstant();
    }

    public String publishedBy() {
        return publishedBy;
    }
}

package org.privacyrights.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One language of a help article of the subject portal: plain text, paragraphs separated by blank lines. */
@Entity
@Table(name = "kb_article")
public class Article {

    public static final int MAX_BODY_LENGTH = 20_000;

    @Id
    @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String slug;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected Article() {}

    public Article(String slug, String language) {
        this.slug = slug;
        this.language = language;
    }

    public void write(String title, String body, boolean published, String by, Instant now) {
        this.title = title;
        this.body = body;
        this.published = published;
        this.updatedBy = by;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String slug() {
        return slug;
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

    public boolean isPublished() {
        return published;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public String updatedBy() {
        return updatedBy;
    }
}

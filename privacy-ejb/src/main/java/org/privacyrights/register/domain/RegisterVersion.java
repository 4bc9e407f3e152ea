package org.privacyrights.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One saved version of the whole register, as JSON; versions are added, never changed. */
@Entity
@Table(name = "register_version")
public class RegisterVersion {

    @Id
    @Column(updatable = false)
    private int version;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String content;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private OffsetDateTime savedAt;

    @Column(name = "saved_by", nullable = false, updatable = false, length = 100)
    private String savedBy;

    @Column(name = "change_note", nullable = false, updatable = false, length = 500)
    private String changeNote;

    protected RegisterVersion() {}

    public RegisterVersion(
            int version, String content, String contentHash, String savedBy, String changeNote, Instant now) {
        this.version = version;
        this.content = content;
        this.contentHash = contentHash;
        this.savedBy = savedBy;
        this.changeNote = changeNote.length() > 500 ? changeNote.substring(0, 500) : changeNote;
        this.savedAt = now.atOffset(ZoneOffset.UTC);
    }

    public int version() {
        return version;
    }

    public String content() {
        return content;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant savedAt() {
        return savedAt.toInstant();
    }

    public String savedBy() {
        return savedBy;
    }

    public String changeNote() {
        return changeNote;
    }
}

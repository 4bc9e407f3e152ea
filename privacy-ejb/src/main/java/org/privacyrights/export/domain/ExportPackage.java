package org.privacyrights.export.domain;

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
 * The archive made for one request (one at most: the database refuses a second), with the hash of the token its
 * download link carries. The link works for at most seven days; after its retention the file is deleted.
 */
@Entity
@Table(name = "export_package")
public class ExportPackage {

    public static final Duration LINK_VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "export_package_seq", sequenceName = "export_package_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_package_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, unique = true)
    private Long requestId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int files;

    @Column(name = "download_token_hash", nullable = false, unique = true, length = 64)
    private String downloadTokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(nullable = false)
    private int downloads;

    @Version
    private long version;

    protected ExportPackage() {}

    public ExportPackage(
            Long requestId, String fileName, long sizeBytes, int files, String downloadTokenHash, Instant now) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.files = files;
        this.downloadTokenHash = downloadTokenHash;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(LINK_VALIDITY).atOffset(ZoneOffset.UTC);
    }

    public boolean isAvailableAt(Instant now) {
        return deletedAt == null && now.isBefore(expiresAt.toInstant());
    }

    public void downloaded() {
        downloads++;
    }

    public void deleted(Instant now) {
        deletedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long requestId() {
        return requestId;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int files() {
        return files;
    }

    public String downloadTokenHash() {
        return downloadTokenHash;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    public int downloads() {
        return downloads;
    }
}

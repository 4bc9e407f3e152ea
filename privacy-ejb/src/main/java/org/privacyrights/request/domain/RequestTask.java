package org.privacyrights.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The work one request needs in one connected system: what was found or done there, how often it was tried and
 * the last error. A retry resumes the tasks that are not {@link TaskStatus#DONE}; finished ones are never repeated.
 */
@Entity
@Table(name = "request_task")
public class RequestTask {

    /** Longest error text kept; backend messages can be long, the column is not. */
    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "request_task_seq", sequenceName = "request_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_task_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private PrivacyRequest request;

    @Column(name = "system_name", nullable = false, length = 100)
    private String systemName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskPurpose purpose = TaskPurpose.APPLY;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(length = 4000)
    private String outcome;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Until when the instance running it holds the task; after that another may take it up. */
    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    @Version
    private long version;

    protected RequestTask() {}

    RequestTask(PrivacyRequest request, String systemName, TaskPurpose purpose, Instant now) {
        this.request = request;
        this.systemName = systemName;
        this.purpose = purpose;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void start(Instant now) {
        status = TaskStatus.RUNNING;
        attempts++;
        touch(now);
    }

    public void succeed(String outcome, Instant now) {
        this.leaseUntil = null;
        this.status = TaskStatus.DONE;
        this.outcome = outcome == null || outcome.length() <= 4000 ? outcome : outcome.substring(0, 4000);
        this.lastError = null;
        touch(now);
    }

    public void fail(String error, Instant now) {
        this.leaseUntil = null;
        this.status = TaskStatus.FAILED;
        this.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        touch(now);
    }

    /** Sets a failed task back to pending for a retry; a finished task stays finished. */
    void resetIfFailed(Instant now) {
        if (status == TaskStatus.FAILED || status == TaskStatus.RUNNING) {
            status = TaskStatus.PENDING;
            touch(now);
        }
    }

    private void touch(Instant now) {
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public PrivacyRequest request() {
        return request;
    }

    public String systemName() {
        return systemName;
    }

    public TaskPurpose purpose() {
        return purpose;
    }

    public TaskStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}

package org.privacyrights.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** That a person was sent the notice of a new version: the key makes a second notice impossible. */
@Entity
@Table(name = "policy_notice")
@IdClass(PolicyNotice.Key.class)
public class PolicyNotice {

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Id
    @Column(length = 60)
    private String document;

    @Id
    private int version;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    protected PolicyNotice() {}

    public PolicyNotice(Long subjectId, String document, int version, Instant queuedAt) {
        this.subjectId = subjectId;
        this.document = document;
        this.version = version;
        this.queuedAt = queuedAt.atOffset(ZoneOffset.UTC);
    }

    /** The composite key: person, document and version. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long subjectId;
        private String document;
        private int version;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(subjectId, that.subjectId)
                    && Objects.equals(document, that.document)
                    && version == that.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, document, version);
        }
    }
}

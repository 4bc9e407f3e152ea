package org.privacyrights.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The subject's current decision for a purpose: the latest record, which the check API answers from. */
@Entity
@Table(name = "consent_state")
@IdClass(ConsentState.Key.class)
public class ConsentState {

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Id
    @Column(name = "purpose_code", length = 60)
    private String purpose;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    protected ConsentState() {}

    public ConsentState(ConsentRecord latest) {
        this.subjectId = latest.subject().id();
        this.purpose = latest.purpose();
        follow(latest);
    }

    public void follow(ConsentRecord latest) {
        this.granted = latest.granted();
        this.recordId = latest.id();
    }

    public boolean granted() {
        return granted;
    }

    public Long recordId() {
        return recordId;
    }

    /** The composite key: subject and purpose. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long subjectId;
        private String purpose;

        public Key() {}

        public Key(Long subjectId, String purpose) {
            this.subjectId = subjectId;
            this.purpose = purpose;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(subjectId, that.subjectId)
                    && Objects.equals(purpose, that.purpose);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, purpose);
        }
    }
}

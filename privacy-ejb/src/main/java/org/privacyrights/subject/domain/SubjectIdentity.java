package org.privacyrights.subject.domain;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * One identifier of a data subject: an email address, or a customer id in a named system. Data is only ever
 * discovered or released for identities whose control the subject has proven ({@link #isVerified()}).
 */
@Entity
@Table(name = "subject_identity")
public class SubjectIdentity {

    /** Identities that are not tied to one system (email addresses) use this system name. */
    public static final String ANY_SYSTEM = "*";

    @Id
    @SequenceGenerator(name = "subject_identity_seq", sequenceName = "subject_identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_identity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private DataSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IdentityKind kind;

    @Column(name = "system_name", nullable = false, length = 100)
    private String system;

    @Column(name = "identity_value", nullable = false, length = 320)
    private String value;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected SubjectIdentity() {}

    SubjectIdentity(DataSubject subject, IdentityKind kind, String system, String value) {
        this.subject = subject;
        this.kind = kind;
        this.system = system == null ? ANY_SYSTEM : system;
        this.value = normalize(kind, value);
    }

    /**
     * Email addresses are compared case-insensitively and trimmed; nothing else is folded, so that a look-alike
     * address (extra dot, plus tag, other domain) stays a different identity.
     */
    public static String normalize(IdentityKind kind, String value) {
        String trimmed = value.trim();
        return kind == IdentityKind.EMAIL ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    public void markVerified(Instant when) {
        if (verifiedAt == null) {
            verifiedAt = when.atOffset(ZoneOffset.UTC);
        }
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt).map(OffsetDateTime::toInstant);
    }

    public Long id() {
        return id;
    }

    public DataSubject subject() {
        return subject;
    }

    public IdentityKind kind() {
        return kind;
    }

    public String system() {
        return system;
    }

    public String value() {
        return value;
    }
}

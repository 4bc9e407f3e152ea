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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;

/**
 * An identity the requester proved for this request on top of its contact address (an old address, a customer
 * number), through the channel on file for it. The request's work reaches data under it; nothing else does.
 */
@Entity
@Table(name = "request_identity")
public class ProvenIdentity {

    @Id
    @SequenceGenerator(name = "request_identity_seq", sequenceName = "request_identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_identity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private PrivacyRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IdentityKind kind;

    @Column(name = "system_name", nullable = false, length = 100)
    private String system;

    @Column(name = "identity_value", nullable = false, length = 320)
    private String value;

    @Column(name = "proven_at", nullable = false)
    private OffsetDateTime provenAt;

    /** Where the identity's owner was told that it joined this request. */
    @Column(name = "notified_to", length = 320)
    private String notifiedTo;

    /** The hash of the single-use link in that mail, which takes the identity off the request again. */
    @Column(name = "refusal_token_hash", length = 64)
    private String refusalTokenHash;

    protected ProvenIdentity() {}

    ProvenIdentity(PrivacyRequest request, IdentityKind kind, String system, String value, Instant now) {
        this.request = request;
        this.kind = kind;
        this.system = system == null ? SubjectIdentity.ANY_SYSTEM : system;
        this.value = SubjectIdentity.normalize(kind, value);
        this.provenAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The owner, told at {@code address}, may take the identity off with the link whose token hashes so. */
    public void notifiedTo(String address, String tokenHash) {
        this.notifiedTo = address;
        this.refusalTokenHash = tokenHash;
    }

    public String notifiedTo() {
        return notifiedTo;
    }

    public PrivacyRequest request() {
        return request;
    }

    boolean isSameAs(IdentityKind otherKind, String otherSystem, String otherValue) {
        return kind == otherKind
                && system.equals(otherSystem == null ? SubjectIdentity.ANY_SYSTEM : otherSystem)
                && value.equals(SubjectIdentity.normalize(otherKind, otherValue));
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

    public Instant provenAt() {
        return provenAt.toInstant();
    }
}

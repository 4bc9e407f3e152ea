package org.privacyrights.subject.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person the organisation may hold data about, known by one or more identities. */
@Entity
@Table(name = "data_subject")
public class DataSubject {

    @Id
    @SequenceGenerator(name = "data_subject_seq", sequenceName = "data_subject_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_subject_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "subject", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SubjectIdentity> identities = new ArrayList<>();

    protected DataSubject() {}

    public DataSubject(Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public SubjectIdentity addIdentity(IdentityKind kind, String system, String value) {
        SubjectIdentity identity = new SubjectIdentity(this, kind, system, value);
        identities.add(identity);
        return identity;
    }

    public Optional<SubjectIdentity> identity(IdentityKind kind, String system, String value) {
        String normalized = SubjectIdentity.normalize(kind, value);
        String inSystem = system == null ? SubjectIdentity.ANY_SYSTEM : system;
        return identities.stream()
                .filter(i -> i.kind() == kind
                        && i.system().equals(inSystem)
                        && i.value().equals(normalized))
                .findFirst();
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public List<SubjectIdentity> identities() {
        return Collections.unmodifiableList(identities);
    }
}

package org.privacyrights.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.privacyrights.subject.domain.IdentityKind;

/**
 * One code and link sent to an address for one request. Valid ten minutes, single use, five wrong attempts lock
 * it; a newer challenge for the same request replaces it. Only hashes are kept.
 */
@Entity
@Table(name = "verification_challenge")
public class VerificationChallenge {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;

    /**
     * What proving the address is for: a request's first confirmation, releasing its download, or adding a further
     * identity (proven through the address on file for it).
     */
    public enum Purpose {
        IDENTITY,
        DOWNLOAD,
        FURTHER_IDENTITY
    }

    /** Why a challenge no longer accepts anything. */
    public enum ClosedBecause {
        VERIFIED,
        SUPERSEDED,
        LOCKED
    }

    @Id
    @SequenceGenerator(
            name = "verification_challenge_seq",
            sequenceName = "verification_challenge_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_challenge_seq")
    private Long id;

    /** The request's database id: the challenge belongs to the request's aggregate but is loaded on its own. */
    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose = Purpose.IDENTITY;

    @Column(name = "sent_to", nullable = false, length = 320)
    private String sentTo;

    /** For a further identity: what it proves. */
    @Enumerated(EnumType.STRING)
    @Column(name = "identity_kind", length = 20)
    private IdentityKind identityKind;

    @Column(name = "identity_system", length = 100)
    private String identitySystem;

    @Column(name = "identity_value", length = 320)
    private String identityValue;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_because", length = 20)
    private ClosedBecause closedBecause;

    @Version
    private long version;

    protected VerificationChallenge() {}

    public VerificationChallenge(Long requestId, String sentTo, String codeHash, String tokenHash, Instant now) {
        this(requestId, Purpose.IDENTITY, sentTo, codeHash, tokenHash, now);
    }

    public VerificationChallenge(
            Long requestId, Purpose purpose, String sentTo, String codeHash, String tokenHash, Instant now) {
        this.requestId = requestId;
        this.purpose = purpose;
        this.sentTo = sentTo;
        this.codeHash = codeHash;
        this.tokenHash = tokenHash;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(VALIDITY).atOffset(ZoneOffset.UTC);
    }

    /** A challenge proving a further identity, sent to the address on file for it. */
    public static VerificationChallenge forFurtherIdentity(
            Long requestId,
            IdentityKind kind,
            String system,
            String value,
            String sentTo,
            String codeHash,
            String tokenHash,
            Instant now) {
        VerificationChallenge challenge =
                new VerificationChallenge(requestId, Purpose.FURTHER_IDENTITY, sentTo, codeHash, tokenHash, now);
        challenge.identityKind = kind;
        challenge.identitySystem = system;
        challenge.identityValue = value;
        return challenge;
    }

    public IdentityKind identityKind() {
        return identityKind;
    }

    public String identitySystem() {
        return identitySystem;
    }

    public String identityValue() {
        return identityValue;
    }

    /**
     * Takes one attempt. A right answer while open verifies and closes the challenge; a wrong one counts, and the
     * fifth locks it. Answers to a closed or expired challenge are refused without counting.
     */
    public boolean attempt(boolean answerMatches, Instant now) {
        if (!isOpenAt(now)) {
            return false;
        }
        if (answerMatches) {
            close(ClosedBecause.VERIFIED, now);
            return true;
        }
        attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            close(ClosedBecause.LOCKED, now);
        }
        return false;
    }

    public void supersede(Instant now) {
        if (closedAt == null) {
            close(ClosedBecause.SUPERSEDED, now);
        }
    }

    public boolean isOpenAt(Instant now) {
        return closedAt == null && now.isBefore(expiresAt.toInstant());
    }

    private void close(ClosedBecause because, Instant now) {
        closedAt = now.atOffset(ZoneOffset.UTC);
        closedBecause = because;
    }

    public Long requestId() {
        return requestId;
    }

    public String sentTo() {
        return sentTo;
    }

    public String codeHash() {
        return codeHash;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public int attempts() {
        return attempts;
    }

    public ClosedBecause closedBecause() {
        return closedBecause;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}

package org.privacyrights.marketing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * That a one-click unsubscribe link was used, under the hash of the link (the link itself is not kept). Its key is
 * the hash, so of several transactions using one link at once only one can commit.
 */
@Entity
@Table(name = "unsubscribe_use")
public class UnsubscribeUse {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "request_id", length = 36)
    private String requestId;

    @Column(name = "used_at", nullable = false)
    private OffsetDateTime usedAt;

    protected UnsubscribeUse() {}

    public UnsubscribeUse(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.usedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The request the use made. */
    public void madeRequest(String requestId) {
        this.requestId = requestId;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}

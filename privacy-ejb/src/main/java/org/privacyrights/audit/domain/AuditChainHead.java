package org.privacyrights.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The single row that holds the end of the chain. Appending locks it, so concurrent transactions append one after
 * the other and the chain never forks; it also reveals a deleted last event.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int SINGLETON_ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {}

    /** Appends the entry after the current head and returns the new event, not yet persisted. */
    public AuditEvent append(AuditEntry entry, Instant now) {
        AuditEvent event = new AuditEvent(lastSequence + 1, now, entry, lastHash);
        lastSequence = event.sequence();
        lastHash = event.hash();
        return event;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}

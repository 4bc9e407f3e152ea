package org.privacyrights.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.privacyrights.audit.domain.AuditChainHead;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.audit.domain.AuditEvent;
import org.privacyrights.audit.domain.AuditRepository;

/**
 * Appends to the audit chain inside the caller's transaction, so an action and its audit event commit or roll back
 * together. Callers are the other boundaries, which have already checked the caller's role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    public AuditEvent record(AuditEntry entry) {
        AuditChainHead head = repository.lockHead();
        AuditEvent event = head.append(entry, clock.instant());
        repository.append(event);
        return event;
    }
}

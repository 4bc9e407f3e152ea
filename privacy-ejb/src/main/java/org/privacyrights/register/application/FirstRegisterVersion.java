package org.privacyrights.register.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.CanonicalHash;
import org.privacyrights.register.domain.RegisterVersion;
import org.privacyrights.register.domain.RegisterVersions;

/**
 * Version 1 of the register in a transaction of its own, so that an instance which lost the race to store it (two
 * starting at once on an empty database) can tell and go on. Called at the start only, by the platform itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FirstRegisterVersion {

    @Inject
    RegisterVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Stores {@code content} as version 1 unless a version exists; whether it did. */
    public boolean store(String content, String note) {
        if (versions.newest().isPresent()) {
            return false;
        }
        versions.store(
                new RegisterVersion(1, content, CanonicalHash.sha256(content), "platform", note, clock.instant()));
        audit.record(new AuditEntry("platform", "REGISTER_CHANGED", null, null, null, "version=1 " + note));
        return true;
    }
}

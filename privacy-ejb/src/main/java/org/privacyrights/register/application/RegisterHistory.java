package org.privacyrights.register.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.CanonicalHash;
import org.privacyrights.register.domain.RegisterVersion;
import org.privacyrights.register.domain.RegisterVersions;

/** Adds a version of the register, with its hash, and audits it: the import's first version and every save. */
@Dependent
class RegisterHistory {

    @Inject
    RegisterVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void append(int version, String content, String savedBy, String note) {
        versions.store(
                new RegisterVersion(version, content, CanonicalHash.sha256(content), savedBy, note, clock.instant()));
        audit.record(new AuditEntry(savedBy, "REGISTER_CHANGED", null, null, null, "version=" + version + " " + note));
    }
}

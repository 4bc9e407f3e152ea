package org.privacyrights.register.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.CanonicalHash;
import org.privacyrights.register.domain.RegisterVersion;
import org.privacyrights.register.domain.RegisterVersions;

/**
 * At the first start, the installation's register file becomes version 1 of the register; from then on staff keep
 * it in the dashboard and the file is no longer read. A malformed file stops the start with the field named.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RegisterImport {

    private static final Logger LOG = Logger.getLogger(RegisterImport.class.getName());

    @Inject
    RegisterSource source;

    @Inject
    RegisterVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void importFirstVersion() {
        if (versions.newest().isPresent()) {
            return;
        }
        String content = RegisterJson.write(source.fromFile()).toString();
        String note = "imported from " + source.file();
        versions.store(
                new RegisterVersion(1, content, CanonicalHash.sha256(content), "platform", note, clock.instant()));
        audit.record(new AuditEntry("platform", "REGISTER_CHANGED", null, null, null, "version=1 " + note));
        LOG.info(() -> "The register of processing activities starts as " + source.file() + " (version 1)");
    }
}

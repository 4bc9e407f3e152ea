package org.privacyrights.register.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.privacyrights.register.domain.RegisterVersions;

/**
 * At the first start, the installation's register file becomes version 1 of the register; from then on staff keep
 * it in the dashboard and the file is no longer read. A malformed file stops the start with the field named. Of two
 * instances starting at once on an empty database, one stores it and the other starts with that version.
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

    @EJB
    FirstRegisterVersion first;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void importFirstVersion() {
        if (versions.newest().isPresent()) {
            return;
        }
        String content = RegisterJson.write(source.fromFile()).toString();
        try {
            first.store(content, "imported from " + source.file());
            LOG.info(() -> "The register of processing activities starts as " + source.file() + " (version 1)");
        } catch (EJBException lostTheRace) {
            // The database refused a second version 1: another instance stored it since this one looked.
            if (versions.newest().isEmpty()) {
                throw lostTheRace;
            }
            LOG.info("The register of processing activities was imported by another instance");
        }
    }
}

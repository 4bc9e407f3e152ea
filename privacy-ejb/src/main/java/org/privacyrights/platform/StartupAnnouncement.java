package org.privacyrights.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Says where the portals answer once the schema is in place, so whoever started the platform knows where to go. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "BootstrapAdministrator"})
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class.getName());

    @Inject
    @ConfigProperty(name = "privacy.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @PostConstruct
    void announce() {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        LOG.info(() -> "Privacy rights platform ready. Subject portal: " + base + "  Staff dashboard: " + base
                + "staff/home.xhtml  API: " + base + "api/v1  OpenAPI: " + base + "openapi  Health: " + base
                + "health");
    }
}

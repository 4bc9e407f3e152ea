package org.privacyrights.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start with a shipped placeholder or an easily guessed key (see {@link InstallationSecrets}), before
 * the schema is migrated or anything is served; the demonstration is let through with a warning.
 */
@Singleton
@Startup
public class InstallationSecretsCheck {

    private static final Logger LOG = Logger.getLogger(InstallationSecretsCheck.class.getName());

    @Inject
    Config config;

    @PostConstruct
    void check() {
        List<String> problems = InstallationSecrets.problems(
                name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!problems.isEmpty()) {
            throw InstallationSecrets.refusal(problems);
        }
        if (config.getOptionalValue(InstallationSecrets.DEMO, Boolean.class).orElse(false)) {
            LOG.warning("privacy.demo.enabled=true: the installation's secrets are not checked. A demonstration"
                    + " only, never a real installation.");
        }
    }
}

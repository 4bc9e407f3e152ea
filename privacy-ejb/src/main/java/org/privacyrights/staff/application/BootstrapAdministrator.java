package org.privacyrights.staff.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.staff.domain.PasswordRules;

/**
 * On an empty database, creates the first administrator from {@code privacy.bootstrap.admin.password}. There is
 * no built-in password: an installation that sets none starts without staff users and says so in the log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BootstrapAdministrator {

    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "privacy.bootstrap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "privacy.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "privacy.bootstrap.admin.email")
    Optional<String> email;

    @Inject
    StaffDirectory staff;

    @PostConstruct
    void createFirstAdministrator() {
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("privacy.bootstrap.admin.password is not set: no administrator is created on an empty"
                    + " database. Set it for the first start, then remove it.");
            return;
        }
        try {
            if (staff.bootstrapAdministrator(username, password.get(), email.orElse(null))) {
                LOG.info(() -> "Created the first administrator '" + username + "'");
            }
        } catch (WeakPasswordException e) {
            LOG.severe(() -> "privacy.bootstrap.admin.password " + e.getMessage() + ": no administrator is created."
                    + " Set a password of at least " + PasswordRules.MIN_LENGTH + " characters that is not the user"
                    + " name and not an example's, then start again.");
        }
    }
}

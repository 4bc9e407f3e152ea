package org.privacyrights.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's database and brings its schema up to date before anything else runs. The connection
 * settings come from the installation's configuration (system properties or environment, see {@code config/}).
 * Flyway commits each migration itself, so this bean manages no container transaction.
 */
@DataSourceDefinition(
        name = SchemaMigration.LIMITS_DATA_SOURCE,
        className = "${MPCONFIG=privacy.datasource.class}",
        url = "${MPCONFIG=privacy.datasource.url}",
        user = "${MPCONFIG=privacy.datasource.user}",
        password = "${MPCONFIG=privacy.datasource.password}",
        // The rate limits' own small pool, outside every transaction: each count is a short local transaction of
        // its own, and a caller that holds a connection of the main pool never waits for a second one from it.
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 8,
        maxIdleTime = 0,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.match-connections=false"
        })
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=privacy.datasource.class}",
        url = "${MPCONFIG=privacy.datasource.url}",
        user = "${MPCONFIG=privacy.datasource.user}",
        password = "${MPCONFIG=privacy.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // No idle timeout, so no resizer: every five minutes it took all free connections out of the pool to check
        // them, and every request that needed one meanwhile waited (300 ms under load). Connections are checked on
        // checkout instead, and the pool keeps what a peak opened (at most 32).
        maxIdleTime = 0,
        properties = {
            // A real round trip (JDBC's isValid), at most every ten seconds per connection: the auto-commit method
            // never reached the database, and validating on every checkout cost more than the consent check's query.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            // One user, one kind of connection: matching each checkout against the request copied maps for nothing.
            "fish.payara.match-connections=false"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/privacy";

    /** Where rate limits count (see {@code JdbcRateLimitRepository}): the same database, a pool of its own. */
    public static final String LIMITS_DATA_SOURCE = "java:app/jdbc/privacy-limits";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    Config config;

    /**
     * Refuses a shipped placeholder or an easily guessed key (see {@link InstallationSecrets}) before anything
     * else runs: every start-up bean depends on this one. The demonstration is let through with a warning.
     */
    @PostConstruct
    void migrateAtStartup() {
        List<String> problems = InstallationSecrets.problems(
                name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!problems.isEmpty()) {
            throw InstallationSecrets.refusal(problems);
        }
        if (config.getOptionalValue(InstallationSecrets.DEMO, Boolean.class).orElse(false)) {
            LOG.warning("privacy.demo.enabled=true: the installation's secrets are not checked. A demonstration"
                    + " only, never a real installation.");
        }
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** Applies the pending migrations; shared with tests that run outside the container. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}

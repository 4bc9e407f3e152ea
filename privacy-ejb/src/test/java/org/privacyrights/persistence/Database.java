package org.privacyrights.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.privacyrights.platform.SchemaMigration;

/**
 * A fresh, migrated database for persistence tests outside the container: an in-memory H2, or a new schema in the
 * PostgreSQL given by {@code privacy.test.postgres.url} (default: the local server's {@code test} database).
 */
final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final Runnable dropper;
    private final EntityManagerFactory emf;

    private Database(DataSource dataSource, Runnable dropper) {
        this.dataSource = dataSource;
        this.dropper = dropper;
        SchemaMigration.migrate(dataSource);
        this.emf = Persistence.createEntityManagerFactory(
                "privacy",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.nonJtaDataSource", dataSource,
                        "eclipselink.logging.level", "WARNING"));
    }

    static Database h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return new Database(h2, () -> execute(h2, "SHUTDOWN"));
    }

    static Database postgres() {
        String url = System.getProperty("privacy.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("privacy.test.postgres.user", "postgres");
        String schema = "persistence_test_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user);
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource scoped = new PGSimpleDataSource();
        scoped.setURL(url);
        scoped.setUser(user);
        scoped.setCurrentSchema(schema);
        return new Database(scoped, () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    DataSource dataSource() {
        return dataSource;
    }

    EntityManagerFactory emf() {
        return emf;
    }

    void sql(String statement) {
        execute(dataSource, statement);
    }

    private static void execute(DataSource dataSource, String statement) {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        emf.close();
        dropper.run();
    }
}

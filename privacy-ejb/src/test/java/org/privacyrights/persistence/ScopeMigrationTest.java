package org.privacyrights.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Keys and requests that existed before V19: a key keeps what it was used for except vouching, which must be
 * granted explicitly; a request past approval counts as started, one waiting for it does not.
 */
class ScopeMigrationTest {

    @Test
    void aKeyIssuedBeforeScopesKeepsEverythingButVouchingAndStartedWorkStaysStarted() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .target("17")
                .load()
                .migrate();
        try (Connection db = h2.getConnection();
                Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO api_client (id, name, key_hash, created_at, created_by)"
                    + " VALUES (1, 'webmail', 'hash', CURRENT_TIMESTAMP, 'admin')");
            sql.executeUpdate("INSERT INTO data_subject (id, public_id, created_at)"
                    + " VALUES (1, 'subject-1', CURRENT_TIMESTAMP)");
            insertRequest(sql, 1, "IN_PROGRESS");
            insertRequest(sql, 2, "AWAITING_APPROVAL");
        }

        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection db = h2.getConnection();
                Statement sql = db.createStatement()) {
            List<String> scopes = new ArrayList<>();
            try (ResultSet rows =
                    sql.executeQuery("SELECT scope FROM api_client_scope WHERE client_id = 1 ORDER BY scope")) {
                while (rows.next()) {
                    scopes.add(rows.getString(1));
                }
            }
            assertThat(scopes).containsExactly("CHECK_CONSENT", "LOGIN_GATE", "RECORD_CONSENT", "UNSUBSCRIBE_HEADERS");
            try (ResultSet rows =
                    sql.executeQuery("SELECT status, work_started_at IS NOT NULL FROM privacy_request ORDER BY id")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("IN_PROGRESS");
                assertThat(rows.getBoolean(2)).isTrue();
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("AWAITING_APPROVAL");
                assertThat(rows.getBoolean(2)).isFalse();
            }
            sql.execute("SHUTDOWN");
        }
    }

    private static void insertRequest(Statement sql, int id, String status) throws Exception {
        sql.executeUpdate("INSERT INTO privacy_request (id, public_id, subject_id, request_type, channel, status,"
                + " contact_email, received_at, received_on, nominal_due_date, due_date, updated_at, version)"
                + " VALUES (" + id + ", 'request-" + id + "', 1, 'ERASURE', 'PORTAL', '" + status + "',"
                + " 'ada@example.org', CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_DATE, CURRENT_DATE,"
                + " CURRENT_TIMESTAMP, 0)");
    }
}

package org.privacyrights.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A subject's rows in the reference help desk the platform is configured with (privacy_helpdesk on PostgreSQL):
 * an account, a ticket, and two messages, one of which names a third party by address. Client side only.
 */
final class HelpdeskRows implements AutoCloseable {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/privacy_helpdesk";
    final String thirdParty = "bystander-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@elsewhere.test";
    private final long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    HelpdeskRows create(String subject) throws SQLException {
        return create(subject, null);
    }

    /** The account under {@code subject}'s address, with a customer number when one is given. */
    HelpdeskRows create(String subject, String customerNumber) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "postgres", "")) {
            insert(
                    db,
                    "INSERT INTO portal_user (id, email, customer_number, display_name, is_active, created_at)"
                            + " VALUES (?, ?, ?, 'Ada Lovelace', TRUE, CURRENT_TIMESTAMP)",
                    base,
                    subject,
                    customerNumber);
            insert(
                    db,
                    "INSERT INTO ticket (id, user_id, subject, status, created_at)"
                            + " VALUES (?, ?, 'Invoice question', 'OPEN', CURRENT_TIMESTAMP)",
                    base,
                    base);
            insert(
                    db,
                    "INSERT INTO ticket_message (id, ticket_id, author, body, created_at)"
                            + " VALUES (?, ?, 'USER', ?, CURRENT_TIMESTAMP)",
                    base,
                    base,
                    "Please send the invoice to me at " + subject + ", not to my colleague " + thirdParty + ".");
            insert(
                    db,
                    "INSERT INTO ticket_message (id, ticket_id, author, body, created_at)"
                            + " VALUES (?, ?, 'AGENT', 'Done, sent to you.', CURRENT_TIMESTAMP)",
                    base + 1,
                    base);
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "postgres", "")) {
            insert(db, "DELETE FROM ticket_message WHERE ticket_id = ?", base);
            insert(db, "DELETE FROM ticket WHERE id = ?", base);
            insert(db, "DELETE FROM portal_user WHERE id = ?", base);
        }
    }

    private static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

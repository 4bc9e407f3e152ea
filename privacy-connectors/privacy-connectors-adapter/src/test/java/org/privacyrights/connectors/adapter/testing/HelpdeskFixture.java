package org.privacyrights.connectors.adapter.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.UUID;

/**
 * A reference help desk in a database of its own (a PostgreSQL or H2 schema, or a MariaDB database), created from
 * config/helpdesk/schema-*.sql and seeded by code: many users with tickets, messages, attachments, chats and
 * knowledge-base comments; the subject among them, with look-alike users who must never match.
 */
public final class HelpdeskFixture implements AutoCloseable {

    public static final String SUBJECT_EMAIL = "ada.lovelace@example.org";
    public static final String SUBJECT_CUSTOMER = "C-1815";

    public enum Database {
        POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "schema-postgresql.sql"),
        MARIADB("jdbc:mariadb://127.0.0.1:3306/", "root", "schema-mariadb.sql"),
        /** In memory, kept open for the test JVM's lifetime; a schema per fixture as on PostgreSQL. */
        H2("jdbc:h2:mem:helpdesk-fixtures;DB_CLOSE_DELAY=-1", "sa", "schema-h2.sql");

        final String adminUrl;
        final String user;
        final String ddl;

        Database(String adminUrl, String user, String ddl) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.ddl = ddl;
        }
    }

    public final Database database;
    public final String name =
            "helpdesk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** The subject's rows, per table, as seeded. */
    public int subjectTickets;

    public int subjectMessages;
    public int subjectAttachments;
    public int subjectChats;
    public int subjectChatMessages;
    public int subjectComments;

    private final Random random = new Random(7);
    private long nextId = 1;

    public HelpdeskFixture(Database database) {
        this.database = database;
    }

    public String jdbcUrl() {
        return switch (database) {
            case POSTGRESQL -> database.adminUrl + "?currentSchema=" + name;
            case MARIADB -> database.adminUrl + name;
            case H2 -> database.adminUrl + ";SCHEMA=" + name;
        };
    }

    public String user() {
        return database.user;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), database.user, "");
    }

    /** Creates the schema and seeds {@code users} users with {@code ticketsPerUser} tickets each. */
    public HelpdeskFixture create(Path configDir, int users, int ticketsPerUser) throws SQLException, IOException {
        try (Connection admin = DriverManager.getConnection(database.adminUrl, database.user, "");
                Statement sql = admin.createStatement()) {
            sql.execute(database == Database.MARIADB ? "CREATE DATABASE " + name : "CREATE SCHEMA " + name);
        }
        String ddl = Files.readString(configDir.resolve("helpdesk").resolve(database.ddl), StandardCharsets.UTF_8);
        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
            seed(db, users, ticketsPerUser);
        }
        return this;
    }

    private void seed(Connection db, int users, int ticketsPerUser) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement agent = db.prepareStatement("INSERT INTO agent VALUES (?, ?, ?)");
                PreparedStatement user = db.prepareStatement("INSERT INTO portal_user VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ticket = db.prepareStatement("INSERT INTO ticket VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement message = db.prepareStatement("INSERT INTO ticket_message VALUES (?, ?, ?, ?, ?)");
                PreparedStatement attachment = db.prepareStatement("INSERT INTO attachment VALUES (?, ?, ?, ?, ?)");
                PreparedStatement chat = db.prepareStatement("INSERT INTO live_chat VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement chatMessage = db.prepareStatement("INSERT INTO chat_message VALUES (?, ?, ?, ?, ?)");
                PreparedStatement comment = db.prepareStatement("INSERT INTO kb_comment VALUES (?, ?, ?, ?, ?, ?)")) {
            agent.setLong(1, 1);
            agent.setString(2, "Agent Smith");
            agent.setString(3, "smith@helpdesk.example");
            agent.executeUpdate();
            for (int u = 0; u < users; u++) {
                boolean isSubject = u == users / 2;
                String email = isSubject ? "Ada.Lovelace@Example.org" : lookAlikeOrOther(u);
                long userId = nextId++;
                user.setLong(1, userId);
                user.setString(2, email);
                user.setString(3, isSubject ? SUBJECT_CUSTOMER : "C-" + (10_000 + u));
                user.setString(4, isSubject ? "Ada Lovelace" : "User " + u);
                user.setString(5, "+44 20 7946 " + String.format("%04d", u % 10_000));
                user.setBoolean(6, true);
                user.setTimestamp(7, at(u));
                user.addBatch();
                for (int t = 0; t < ticketsPerUser; t++) {
                    long ticketId = nextId++;
                    ticket.setLong(1, ticketId);
                    ticket.setLong(2, userId);
                    ticket.setLong(3, 1);
                    ticket.setString(
                            4,
                            t == 0 && isSubject
                                    ? "=HYPERLINK(\"http://evil.test\",\"click\")"
                                    : "Printer on floor " + t + " – Größe");
                    ticket.setString(5, t % 3 == 0 ? "open" : "closed");
                    ticket.setTimestamp(6, at(u + t));
                    ticket.addBatch();
                    if (isSubject) {
                        subjectTickets++;
                    }
                    int messages = 2 + random.nextInt(3);
                    for (int m = 0; m < messages; m++) {
                        long messageId = nextId++;
                        message.setLong(1, messageId);
                        message.setLong(2, ticketId);
                        message.setString(3, m % 2 == 0 ? "customer" : "agent");
                        message.setString(
                                4, "Message " + m + " about the printer.\nIt still prints @-signs and +plus.");
                        message.setTimestamp(5, at(u + t + m));
                        message.addBatch();
                        if (isSubject) {
                            subjectMessages++;
                        }
                        if (m == 0 && t % 4 == 0) {
                            byte[] content = new byte[512 + random.nextInt(2_048)];
                            random.nextBytes(content);
                            attachment.setLong(1, nextId++);
                            attachment.setLong(2, messageId);
                            attachment.setString(3, "screenshot " + t + ".png");
                            attachment.setString(4, "image/png");
                            attachment.setBytes(5, content);
                            attachment.addBatch();
                            if (isSubject) {
                                subjectAttachments++;
                            }
                        }
                    }
                }
                if (u % 5 == 0 || isSubject) {
                    addChat(chat, chatMessage, userId, null, isSubject);
                }
                if (u % 7 == 0 || isSubject) {
                    comment.setLong(1, nextId++);
                    comment.setLong(2, 100 + u % 13);
                    comment.setLong(3, userId);
                    comment.setString(4, isSubject ? "Ada L." : "User " + u);
                    comment.setString(5, "Helpful article, thanks.");
                    comment.setTimestamp(6, at(u));
                    comment.addBatch();
                    if (isSubject) {
                        subjectComments++;
                    }
                }
                if (u % 200 == 199) {
                    flush(user, ticket, message, attachment, chat, chatMessage, comment);
                }
            }
            // A chat the subject started before signing in: found through the visitor address alone.
            addChat(chat, chatMessage, null, "ADA.LOVELACE@example.org", true);
            // A visitor whose address only looks like the subject's.
            addChat(chat, chatMessage, null, "ada.lovelace@example.org.evil.test", false);
            flush(user, ticket, message, attachment, chat, chatMessage, comment);
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private void addChat(
            PreparedStatement chat, PreparedStatement chatMessage, Long userId, String visitor, boolean subject)
            throws SQLException {
        long chatId = nextId++;
        chat.setLong(1, chatId);
        if (userId == null) {
            chat.setNull(2, java.sql.Types.BIGINT);
        } else {
            chat.setLong(2, userId);
        }
        chat.setString(3, visitor);
        chat.setString(4, visitor == null ? null : "Visitor");
        chat.setString(5, "192.0.2." + (chatId % 250));
        chat.setTimestamp(6, at((int) chatId));
        chat.addBatch();
        if (subject) {
            subjectChats++;
        }
        for (int m = 0; m < 3; m++) {
            chatMessage.setLong(1, nextId++);
            chatMessage.setLong(2, chatId);
            chatMessage.setString(3, m % 2 == 0 ? "visitor" : "agent");
            chatMessage.setString(4, "-Hello, line " + m);
            chatMessage.setTimestamp(5, at((int) chatId + m));
            chatMessage.addBatch();
            if (subject) {
                subjectChatMessages++;
            }
        }
    }

    private static void flush(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    private static String lookAlikeOrOther(int u) {
        return switch (u % 50) {
            case 1 -> "nada.lovelace" + u + "@example.org";
            case 2 -> "ada.lovelace@example.org." + u + ".test";
            default -> "user" + u + "@example.net";
        };
    }

    private static Timestamp at(int offset) {
        return Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0).plusMinutes(offset));
    }

    public long count(String sql) throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(database.adminUrl, database.user, "");
                Statement sql = admin.createStatement()) {
            sql.execute(database == Database.MARIADB ? "DROP DATABASE " + name : "DROP SCHEMA " + name + " CASCADE");
        }
    }
}

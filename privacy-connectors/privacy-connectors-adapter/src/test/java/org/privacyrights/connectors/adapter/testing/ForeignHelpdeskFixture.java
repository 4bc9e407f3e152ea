package org.privacyrights.connectors.adapter.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A help desk of a shape the connector was not written for (src/test/resources/helpdesk-foreign/schema.sql), in a
 * schema of its own, seeded by code: many people with secondary addresses, cases with staff entries, messages reached
 * two ways, base64 attachments, chats, invoices old and recent, and the placeholder person (pid 0).
 */
public final class ForeignHelpdeskFixture implements AutoCloseable {

    public static final long SUBJECT = 31;
    public static final String SUBJECT_PRIMARY = "grace.hopper@example.org";
    public static final String SUBJECT_SECONDARY = "grace@navy.example";
    public static final String SUBJECT_CUSTOMER = "N-1906";
    public static final List<String> TABLES = List.of(
            "crm_person",
            "person_address",
            "portal_login",
            "support_case",
            "case_entry",
            "message",
            "attachment",
            "chat",
            "invoice");

    private final HelpdeskFixture.Database database;
    private final String name =
            "foreign_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** The decoded content of each of the subject's attachments, by file name. */
    public final Map<String, byte[]> subjectFiles = new LinkedHashMap<>();

    private final Random random = new Random(11);
    private long nextId = 1_000;

    public ForeignHelpdeskFixture(HelpdeskFixture.Database database) {
        if (database == HelpdeskFixture.Database.MARIADB) {
            throw new IllegalArgumentException("The foreign help desk is seeded on PostgreSQL and H2");
        }
        this.database = database;
    }

    public String jdbcUrl() {
        return database == HelpdeskFixture.Database.POSTGRESQL
                ? database.adminUrl + "?currentSchema=" + name
                : database.adminUrl + ";SCHEMA=" + name;
    }

    public String user() {
        return database.user;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), database.user, "");
    }

    public ForeignHelpdeskFixture create(int people) throws SQLException, IOException {
        try (Connection admin = DriverManager.getConnection(database.adminUrl, database.user, "");
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA " + name);
        }
        String ddl;
        try (InputStream in = ForeignHelpdeskFixture.class.getResourceAsStream("/helpdesk-foreign/schema.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
            seed(db, people);
        }
        return this;
    }

    private void seed(Connection db, int people) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement person = db.prepareStatement("INSERT INTO crm_person VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement address = db.prepareStatement("INSERT INTO person_address VALUES (?, ?, ?, ?)");
                PreparedStatement login = db.prepareStatement("INSERT INTO portal_login VALUES (?, ?, ?, ?, ?)");
                PreparedStatement supportCase = db.prepareStatement("INSERT INTO support_case VALUES (?, ?, ?, ?)");
                PreparedStatement message = db.prepareStatement("INSERT INTO message VALUES (?, ?, ?, ?)");
                PreparedStatement entry = db.prepareStatement("INSERT INTO case_entry VALUES (?, ?, ?, ?, ?)");
                PreparedStatement attachment = db.prepareStatement("INSERT INTO attachment VALUES (?, ?, ?, ?)");
                PreparedStatement chat = db.prepareStatement("INSERT INTO chat VALUES (?, ?, ?, ?, ?)");
                PreparedStatement invoice = db.prepareStatement("INSERT INTO invoice VALUES (?, ?, ?, ?, ?)")) {
            addPerson(person, 0, "Deleted person", null, null);
            for (long p = 1; p <= people; p++) {
                boolean subject = p == SUBJECT;
                String primary = subject ? "Grace.Hopper@Example.org" : "person" + p + "@example.org";
                addPerson(
                        person,
                        p,
                        subject ? "Grace Hopper" : "Person " + p,
                        primary,
                        subject ? SUBJECT_CUSTOMER : "N-" + (5000 + p));
                address(address, p, primary.toLowerCase(java.util.Locale.ROOT), "primary");
                address(
                        address,
                        p,
                        subject
                                ? "GRACE@navy.example"
                                : p == SUBJECT + 1 ? SUBJECT_SECONDARY + ".evil.test" : "p" + p + "@old-isp.example",
                        "secondary");
                login.setLong(1, nextId++);
                login.setLong(2, p);
                login.setString(3, "user" + p);
                login.setString(4, "+1 555 01" + String.format("%02d", p % 100));
                login.setBoolean(5, true);
                login.addBatch();
                for (int c = 0; c < 3; c++) {
                    long caseId = nextId++;
                    supportCase.setLong(1, caseId);
                    supportCase.setLong(2, p);
                    supportCase.setString(3, "Case " + c + " of " + p);
                    supportCase.setDate(4, Date.valueOf(LocalDate.of(2025, 1 + c, 1 + (int) (p % 27))));
                    supportCase.addBatch();
                    long staffMessage = addMessage(message, null, "Staff reply " + c);
                    long customerFirst = addMessage(message, p, "Customer writes about case " + c);
                    addMessage(message, p, "Customer follows up on case " + c);
                    addEntry(entry, caseId, "Reply sent", staffMessage);
                    addEntry(entry, caseId, "Customer message filed", customerFirst);
                    addEntry(entry, caseId, "Called the customer", null);
                    byte[] content = new byte[300 + random.nextInt(700)];
                    random.nextBytes(content);
                    String fileName = "scan-" + p + "-" + c + ".pdf";
                    attachment.setLong(1, nextId++);
                    attachment.setLong(2, customerFirst);
                    attachment.setString(3, fileName);
                    attachment.setString(4, Base64.getMimeEncoder().encodeToString(content));
                    attachment.addBatch();
                    if (subject) {
                        subjectFiles.put(fileName, content);
                    }
                }
                addMessage(message, p, "A note outside any case from " + p);
                addChat(chat, subject ? "Grace.Hopper@example.ORG" : primary);
                invoice(invoice, p, subject ? "Grace Hopper" : "Person " + p, LocalDate.of(2025, 6, 1));
                invoice(invoice, p, subject ? "Grace Hopper" : "Person " + p, LocalDate.of(2012, 3, 1));
                if (p % 10 == 0) {
                    flush(person, address, login, supportCase, message, entry, attachment, chat, invoice);
                }
            }
            addChat(chat, "grace@NAVY.example");
            addChat(chat, SUBJECT_SECONDARY + ".evil.test");
            flush(person, address, login, supportCase, message, entry, attachment, chat, invoice);
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private void addPerson(PreparedStatement person, long pid, String name, String email, String customer)
            throws SQLException {
        person.setLong(1, pid);
        person.setString(2, name);
        person.setString(3, email);
        person.setString(4, customer);
        person.setBoolean(5, pid % 2 == 1);
        person.setTimestamp(
                6, Timestamp.valueOf(LocalDateTime.of(2024, 5, 1, 8, 0).plusHours(pid)));
        person.addBatch();
        if (pid == 0) {
            person.executeBatch();
        }
    }

    private void address(PreparedStatement address, long person, String value, String kind) throws SQLException {
        address.setLong(1, nextId++);
        address.setLong(2, person);
        address.setString(3, value);
        address.setString(4, kind);
        address.addBatch();
    }

    private long addMessage(PreparedStatement message, Long sender, String body) throws SQLException {
        long id = nextId++;
        message.setLong(1, id);
        if (sender == null) {
            message.setNull(2, java.sql.Types.BIGINT);
        } else {
            message.setLong(2, sender);
        }
        message.setString(3, body);
        message.setTimestamp(
                4, Timestamp.valueOf(LocalDateTime.of(2025, 2, 1, 9, 0).plusMinutes(id)));
        message.addBatch();
        return id;
    }

    private void addEntry(PreparedStatement entry, long caseId, String note, Long messageId) throws SQLException {
        entry.setLong(1, nextId++);
        entry.setLong(2, caseId);
        entry.setString(3, "Agent " + (caseId % 4));
        entry.setString(4, note);
        if (messageId == null) {
            entry.setNull(5, java.sql.Types.BIGINT);
        } else {
            entry.setLong(5, messageId);
        }
        entry.addBatch();
    }

    private void addChat(PreparedStatement chat, String visitor) throws SQLException {
        long id = nextId++;
        chat.setLong(1, id);
        chat.setString(2, visitor);
        chat.setString(3, "Visitor");
        chat.setString(4, "Hello, is anyone there?");
        chat.setTimestamp(
                5, Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 9, 0).plusMinutes(id)));
        chat.addBatch();
    }

    private void invoice(PreparedStatement invoice, long person, String name, LocalDate issued) throws SQLException {
        invoice.setLong(1, nextId++);
        invoice.setLong(2, person);
        invoice.setString(3, name);
        invoice.setLong(4, 1_000 + random.nextInt(50_000));
        invoice.setDate(5, Date.valueOf(issued));
        invoice.addBatch();
    }

    private static void flush(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    public long count(String sql) throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every row of a table by its key (the first column), as a SHA-256 of all its values. */
    public Map<String, String> rowChecksums(String table) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection db = connect();
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.put(String.valueOf(result.getObject(1)), sha256(String.join("\u0000", values)));
            }
        }
        return rows;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(database.adminUrl, database.user, "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}

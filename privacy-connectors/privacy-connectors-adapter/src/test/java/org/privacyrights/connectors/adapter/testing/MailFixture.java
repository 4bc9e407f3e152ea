package org.privacyrights.connectors.adapter.testing;

import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * Generates a mail system to test against: accounts in the user database (with a real SHA512-CRYPT password, so
 * Dovecot accepts their own logins) and mailboxes filled over IMAP. The subject appears in From, To, Cc and Bcc,
 * with and without a display name, in several folders and other people's mailboxes; look-alike addresses that must
 * never match appear too. Every run uses its own domain, so runs never see each other's data.
 */
public final class MailFixture {

    public static final String USER_PASSWORD = "user-password-1";
    /** {@code doveadm pw -s SHA512-CRYPT -p user-password-1} */
    private static final String USER_PASSWORD_HASH =
            "{SHA512-CRYPT}$6$Jjp3cntolR8pMwSi$RKjs8rU1NRCtcv3ixZu2tf15EVNwSxYGcGHwDoMkBJ6pCGUSRm/FBsvWgUA4z8Sw1sKhXipXspAv23lognUUX0";

    private static final String[] FOLDERS = {"INBOX", "Sent", "Archive", "Projects/2026"};

    public final String domain = "run-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    public final String subject = "ada.lovelace@" + domain;
    public final List<String> colleagues = new ArrayList<>();
    public final String list = "newsletter@" + domain;
    /**
     * A shared mailbox (the user database says so), generated with the appearances: never anyone's own, searched
     * like a colleague's.
     */
    public final String shared = "support@" + domain;
    /** Mailboxes holding one message per kind of appearance and of decoy (see {@link MailAppearances}). */
    public final List<String> appearanceMailboxes = new ArrayList<>();
    /** The IMAP port the store is filled through (and the connector must use). */
    public int port = TestServices.IMAP_PORT;
    /** Messages of others' mailboxes that name the subject, by mailbox. */
    public final java.util.Map<String, Integer> mentions = new java.util.TreeMap<>();

    public int ownMessages;

    private final Random random = new Random(42);
    private int spread = 1;

    /** {@code colleagueCount} other mailboxes with {@code messagesPerMailbox} messages each, plus the subject's. */
    public MailFixture create(int colleagueCount, int messagesPerMailbox) throws Exception {
        return create(colleagueCount, messagesPerMailbox, 1);
    }

    /**
     * As above, with the subject and the look-alikes spread out: each of the nine special kinds of message takes one
     * message in {@code 10 * spread}. Spread 1 (the tests') makes 40% of others' mail name the subject and another
     * 50% look like it; spread 5 makes it 8% and 10%.
     */
    public MailFixture create(int colleagueCount, int messagesPerMailbox, int spread) throws Exception {
        return create(colleagueCount, messagesPerMailbox, spread, false);
    }

    /** The same store on the Dovecot with the full-text index. */
    public MailFixture onFullTextIndex() {
        port = TestServices.IMAP_FTS_PORT;
        return this;
    }

    /**
     * With {@code appearances}, every colleague's mailbox and the shared one also hold one message per kind of
     * appearance of the subject and one per kind of look-alike, in the folders {@code Appearances/<kind>} and
     * {@code Decoys/<kind>}.
     */
    public MailFixture create(int colleagueCount, int messagesPerMailbox, int spread, boolean appearances)
            throws Exception {
        this.spread = spread;
        for (int i = 0; i < colleagueCount; i++) {
            colleagues.add(String.format(Locale.ROOT, "colleague%02d@%s", i, domain));
        }
        try (Connection db =
                DriverManager.getConnection(TestServices.MAIL_DATABASE_URL, TestServices.POSTGRES_USER, "")) {
            addAccount(db, subject, "Ada Lovelace");
            for (String colleague : colleagues) {
                addAccount(db, colleague, "Colleague " + colleague.substring(9, 11));
            }
            if (appearances) {
                addAccount(db, shared, "Support");
                try (PreparedStatement kind =
                        db.prepareStatement("UPDATE mail_user SET mailbox_kind = 'shared' WHERE email = ?")) {
                    kind.setString(1, shared);
                    kind.executeUpdate();
                }
            }
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO mailing_list (address, name) VALUES ('" + list + "', 'Newsletter')");
            }
            try (PreparedStatement member = db.prepareStatement("INSERT INTO mailing_list_member VALUES (?, ?)")) {
                for (String address : List.of(subject, colleagues.get(0))) {
                    member.setString(1, list);
                    member.setString(2, address);
                    member.executeUpdate();
                }
            }
        }
        Session session = Session.getInstance(new Properties());
        fill(session, subject, messagesPerMailbox, true);
        for (String colleague : colleagues) {
            fill(session, colleague, messagesPerMailbox, false);
        }
        if (appearances) {
            fill(session, shared, Math.min(messagesPerMailbox, 20), false);
            appearanceMailboxes.addAll(colleagues);
            appearanceMailboxes.add(shared);
            for (String mailbox : appearanceMailboxes) {
                appendAppearances(session, mailbox);
            }
        }
        return this;
    }

    private void appendAppearances(Session session, String mailbox) throws Exception {
        MailAppearances kinds = new MailAppearances(subject, "Ada Lovelace");
        Store store = connect(session, mailbox);
        try {
            int index = 0;
            for (String kind : MailAppearances.expectedKinds().keySet()) {
                append(session, store, "Appearances/" + kind, kinds.message(kind, mailbox, index++));
                mentions.merge(mailbox, 1, Integer::sum);
            }
            for (String kind : MailAppearances.decoyKinds()) {
                append(session, store, "Decoys/" + kind, kinds.message(kind, mailbox, index++));
            }
        } finally {
            store.close();
        }
    }

    /** Delivers one raw message into {@code folderName} of the open store, creating the folder where needed. */
    public static void append(Session session, Store store, String folderName, byte[] raw) throws Exception {
        Folder folder = store.getFolder(folderName);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        folder.open(Folder.READ_WRITE);
        try {
            folder.appendMessages(new Message[] {new MimeMessage(session, new java.io.ByteArrayInputStream(raw))});
        } finally {
            folder.close(false);
        }
    }

    /** A master-user session on {@code mailbox} of this fixture's server. */
    public Store connect(Session session, String mailbox) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect(
                TestServices.IMAP_HOST, port, mailbox + "*" + TestServices.MASTER_USER, TestServices.MASTER_PASSWORD);
        return store;
    }

    private void fill(Session session, String mailbox, int count, boolean own) throws Exception {
        Store store = connect(session, mailbox);
        try {
            for (String name : FOLDERS) {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    folder.create(Folder.HOLDS_MESSAGES);
                }
            }
            List<List<Message>> perFolder = new ArrayList<>();
            for (int f = 0; f < FOLDERS.length; f++) {
                perFolder.add(new ArrayList<>());
            }
            for (int i = 0; i < count; i++) {
                int kind = i % (10 * spread);
                boolean namesSubject = !own && kind <= 3;
                perFolder.get(i % FOLDERS.length).add(message(session, mailbox, i, kind));
                if (own) {
                    ownMessages++;
                } else if (namesSubject) {
                    mentions.merge(mailbox, 1, Integer::sum);
                }
            }
            for (int f = 0; f < FOLDERS.length; f++) {
                Folder folder = store.getFolder(FOLDERS[f]);
                folder.open(Folder.READ_WRITE);
                folder.appendMessages(perFolder.get(f).toArray(Message[]::new));
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    /**
     * Kinds 0-3 name the subject (From with display name, To bare, Cc in another case, Bcc); 4-8 are look-alikes
     * that must not match (a longer address, the address as a display name, "&lt;address&gt;" inside a display
     * name, plain and encoded); the rest are ordinary mail between colleagues.
     */
    private MimeMessage message(Session session, String mailbox, int index, int kind)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        String other = colleagues.isEmpty() ? "someone@" + domain : colleagues.get(index % colleagues.size());
        message.setFrom(new InternetAddress(other, "Côté Ünïcode " + index, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailbox));
        switch (kind) {
            case 0 -> message.setFrom(new InternetAddress(subject, "Ada Lovelace", "UTF-8"));
            case 1 -> message.setRecipient(Message.RecipientType.TO, new InternetAddress(subject));
            case 2 -> message.addRecipient(
                    Message.RecipientType.CC, new InternetAddress(subject.toUpperCase(Locale.ROOT)));
            case 3 -> message.addRecipient(Message.RecipientType.BCC, new InternetAddress(subject));
            case 4 -> message.addRecipient(Message.RecipientType.CC, new InternetAddress("n" + subject));
            case 5 -> message.setFrom(new InternetAddress("eve@evil.test", subject, "UTF-8"));
            case 6 -> message.addRecipient(Message.RecipientType.TO, new InternetAddress(subject + ".evil.test"));
            case 7 -> message.setFrom(new InternetAddress("eve@evil.test", "Ada <" + subject + ">", "UTF-8"));
            case 8 -> message.addRecipient(
                    Message.RecipientType.CC, new InternetAddress("eve@evil.test", "Ädä <" + subject + ">", "UTF-8"));
            default -> {}
        }
        message.setSubject("Bericht Nr. " + index + " – Größen & Maße ✓", "UTF-8");
        message.setSentDate(Date.from(Instant.parse("2026-01-01T08:00:00Z").plusSeconds(3_600L * index)));
        if (index % 7 == 0) {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("See the attachment.\nFrom here on it is binary.\n", "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            byte[] bytes = new byte[2_048 + random.nextInt(8_192)];
            random.nextBytes(bytes);
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/octet-stream")));
            attachment.setFileName("données-" + index + ".bin");
            multipart.addBodyPart(text);
            multipart.addBodyPart(attachment);
            message.setContent(multipart);
        } else {
            message.setText(
                    "Hello,\nFrom the minutes of meeting " + index + ":\n" + "lorem ipsum ".repeat(20) + "\n", "UTF-8");
        }
        message.saveChanges();
        return message;
    }

    private static void addAccount(Connection db, String address, String name) throws SQLException {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO mail_user (email, display_name, password_hash) VALUES (?, ?, ?)")) {
            insert.setString(1, address);
            insert.setString(2, name);
            insert.setString(3, USER_PASSWORD_HASH);
            insert.executeUpdate();
        }
    }

    /** Removes this run's accounts and lists (the maildirs stay, under a domain no later run uses). */
    public void drop() throws SQLException {
        try (Connection db =
                        DriverManager.getConnection(TestServices.MAIL_DATABASE_URL, TestServices.POSTGRES_USER, "");
                PreparedStatement members =
                        db.prepareStatement("DELETE FROM mailing_list_member WHERE list_address LIKE ?");
                PreparedStatement lists = db.prepareStatement("DELETE FROM mailing_list WHERE address LIKE ?");
                PreparedStatement users = db.prepareStatement("DELETE FROM mail_user WHERE email LIKE ?")) {
            for (PreparedStatement statement : List.of(members, lists, users)) {
                statement.setString(1, "%@" + domain);
                statement.executeUpdate();
            }
        }
    }
}

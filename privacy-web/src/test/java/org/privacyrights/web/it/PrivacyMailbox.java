package org.privacyrights.web.it;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;

/** The privacy mailbox on the test Dovecot (see it.properties): created when missing, written and read as its owner. */
final class PrivacyMailbox {

    static final String ADDRESS = "privacy@inbound.test";
    private static final String MASTER = "*privacy-admin";
    private static final String MASTER_PASSWORD = "test-master-password";

    private PrivacyMailbox() {}

    static void ensureExists() throws Exception {
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/privacy_mailsystem", "postgres", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO mail_user (email, display_name, password_hash) VALUES ('" + ADDRESS
                    + "', 'Privacy requests', '{PLAIN}unused') ON CONFLICT (email) DO NOTHING");
        }
    }

    /** Puts a mail into the mailbox as delivery would, with the Message-ID given. */
    static void deliver(String messageId, String from, String subject, String text) throws Exception {
        try (Store store = store()) {
            Folder inbox = store.getFolder("INBOX");
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.saveChanges();
            inbox.appendMessages(new Message[] {message});
        }
    }

    /** Puts a mail into the mailbox exactly as given, however broken. */
    static void deliverRaw(byte[] raw) throws Exception {
        try (Store store = store()) {
            store.getFolder("INBOX").appendMessages(new Message[] {
                new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(raw))
            });
        }
    }

    /** Removes the mails with this Message-ID, so that no other test meets them. */
    static void remove(String messageId) throws Exception {
        try (Store store = store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && ids[0].equals(messageId)) {
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            } finally {
                inbox.close(true);
            }
        }
    }

    /** How many mails with this Message-ID the adapter has marked processed. */
    static int processed(String messageId) throws Exception {
        try (Store store = store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int count = 0;
                for (Message message : inbox.search(new FlagTerm(new Flags("$PrivacyRequest"), true))) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && ids[0].equals(messageId)) {
                        count++;
                    }
                }
                return count;
            } finally {
                inbox.close(false);
            }
        }
    }

    private static Store store() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", 10143, ADDRESS + MASTER, MASTER_PASSWORD);
        return store;
    }
}

package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.Session;
import java.util.Properties;
import org.privacyrights.connectors.adapter.JdbcTimeouts;

/** An immutable snapshot of one mail connection definition's configuration. */
record MailSettings(
        String systemName,
        String host,
        int port,
        boolean ssl,
        boolean allowPlaintext,
        String masterUserSeparator,
        int connectTimeoutMillis,
        int readTimeoutMillis,
        int maxOpenMailboxes,
        int searchSessions,
        boolean searchMatchesWholeAddresses,
        String directoryUrl,
        String directoryUser,
        String directoryPassword,
        JdbcTimeouts directoryTimeouts,
        DirectoryStatements statements,
        String subAddressSeparator,
        boolean fullTextIndex) {

    String protocol() {
        return ssl ? "imaps" : "imap";
    }

    /** The login that opens {@code mailbox} with the master user's rights (Dovecot: {@code mailbox*master}). */
    String masterLogin(String mailbox, String masterUser) {
        return mailbox + masterUserSeparator + masterUser;
    }

    Session newSession() {
        String protocol = protocol();
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(connectTimeoutMillis));
        properties.setProperty("mail." + protocol + ".timeout", String.valueOf(readTimeoutMillis));
        properties.setProperty("mail." + protocol + ".writetimeout", String.valueOf(readTimeoutMillis));
        // Large fetches stream in blocks rather than being buffered whole.
        properties.setProperty("mail." + protocol + ".fetchsize", String.valueOf(64 * 1024));
        properties.setProperty("mail." + protocol + ".partialfetch", "true");
        if (!ssl && !allowPlaintext) {
            properties.setProperty("mail.imap.starttls.enable", "true");
            properties.setProperty("mail.imap.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

    /** The SQL a mail system's user database is reached with. Every statement takes parameters, never text. */
    record DirectoryStatements(
            String mailboxes,
            String accounts,
            String setEnabled,
            String setDisplayName,
            String setRestricted,
            String memberships,
            String unsubscribe,
            String deleteAccount) {}
}

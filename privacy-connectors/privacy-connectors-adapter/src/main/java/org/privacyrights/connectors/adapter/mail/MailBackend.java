package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.resource.spi.work.WorkManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.privacyrights.connectors.adapter.JdbcDrivers;

/**
 * The live sessions behind one pooled mail connection: IMAP stores opened per mailbox with the master login (the
 * least recently used is closed beyond the configured number), and one JDBC connection to the user database.
 */
final class MailBackend implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailBackend.class.getName());

    private final MailSettings settings;
    private final MailCredentials master;
    private final Session session;
    private final Map<String, Store> stores = new LinkedHashMap<>(16, 0.75f, true);
    private Connection directory;
    private volatile boolean broken;
    private final MailboxFanOut fanOut;
    private final Set<String> inUse = new HashSet<>();

    MailBackend(MailSettings settings, MailCredentials master, WorkManager workManager) {
        this.settings = settings;
        this.fanOut = new MailboxFanOut(workManager, settings.searchSessions());
        this.master = master;
        this.session = settings.newSession();
    }

    /**
     * An open IMAP session to {@code mailbox}, logged in as the master user. The login happens outside the lock, so
     * that sessions searching side by side do not queue behind each other's logins.
     */
    Store store(String mailbox) throws MessagingException {
        synchronized (this) {
            Store store = stores.get(mailbox);
            if (store != null && store.isConnected()) {
                return store;
            }
            if (store != null) {
                stores.remove(mailbox);
            }
        }
        Store opened = session.getStore(settings.protocol());
        opened.connect(
                settings.host(), settings.port(), settings.masterLogin(mailbox, master.user()), master.password());
        synchronized (this) {
            // The least recently used session goes, unless a task side by side is still on it.
            Iterator<Map.Entry<String, Store>> eldest = stores.entrySet().iterator();
            while (stores.size() >= settings.maxOpenMailboxes() && eldest.hasNext()) {
                Map.Entry<String, Store> candidate = eldest.next();
                if (!inUse.contains(candidate.getKey())) {
                    closeQuietly(candidate.getValue());
                    eldest.remove();
                }
            }
            Store raced = stores.put(mailbox, opened);
            if (raced != null && raced != opened) {
                closeQuietly(raced);
            }
            return opened;
        }
    }

    /** The user database, connected on first use with the driver that accepts its URL. */
    synchronized Connection directory() throws SQLException {
        if (directory != null && !directory.isClosed()) {
            return directory;
        }
        if (settings.directoryUrl() == null || settings.directoryUrl().isBlank()) {
            throw new SQLException("Mail connector '" + settings.systemName() + "': directoryUrl is not set");
        }
        directory = JdbcDrivers.connect(
                settings.directoryUrl(),
                JdbcDrivers.login(
                        settings.directoryUser(),
                        settings.directoryPassword(),
                        settings.directoryUrl(),
                        settings.directoryTimeouts()));
        directory.setAutoCommit(true);
        return directory;
    }

    void markBroken() {
        broken = true;
    }

    boolean isBroken() {
        return broken;
    }

    /**
     * Runs a task per mailbox on up to {@code searchSessions} sessions side by side; a mailbox's session stays open
     * while its task runs.
     */
    <T> List<T> eachMailbox(List<String> mailboxes, MailboxFanOut.MailboxTask<T> task) throws MessagingException {
        return fanOut.map(mailboxes, mailbox -> {
            synchronized (this) {
                inUse.add(mailbox);
            }
            try {
                return task.run(mailbox);
            } finally {
                synchronized (this) {
                    inUse.remove(mailbox);
                }
            }
        });
    }

    MailSettings settings() {
        return settings;
    }

    @Override
    public synchronized void close() {
        stores.values().forEach(MailBackend::closeQuietly);
        stores.clear();
        if (directory != null) {
            try {
                directory.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the user database connection failed", e);
            }
            directory = null;
        }
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // Logging out of an IMAP session that is already gone cannot fail in a way that matters.
            LOG.log(Level.FINE, "IMAP logout failed", e);
        }
    }
}

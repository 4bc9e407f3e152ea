package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import java.time.Duration;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.connectors.api.mail.MailConnection;

/** The application's handle. Checks on every call that it is still open and associated. */
final class MailConnectionImpl implements MailConnection {

    private volatile MailManagedConnection managed;
    private volatile boolean closed;

    MailConnectionImpl(MailManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public HealthReport checkHealth() {
        MailManagedConnection connection = current();
        String system = connection.factory().getSystemName();
        long started = System.nanoTime();
        try {
            // IMAPStore.isConnected() sends NOOP, so this is a round trip to the server.
            boolean answered = connection.store().isConnected();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (!answered) {
                connection.connectionFailed(new MessagingException("IMAP server closed the session"));
                return new HealthReport(system, false, "IMAP server closed the session", elapsed);
            }
            return new HealthReport(system, true, "IMAP server answered NOOP", elapsed);
        } catch (RuntimeException e) {
            connection.connectionFailed(e);
            return new HealthReport(system, false, e.toString(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public String systemName() {
        return current().factory().getSystemName();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        MailManagedConnection connection = managed;
        if (connection != null) {
            connection.handleClosed(this);
        }
    }

    void reassociate(MailManagedConnection target) {
        MailManagedConnection previous = managed;
        if (previous != null && previous != target) {
            previous.detach(this);
        }
        managed = target;
    }

    void invalidate() {
        managed = null;
    }

    private MailManagedConnection current() {
        MailManagedConnection connection = managed;
        if (closed) {
            throw new IllegalStateException("This mail connection was closed");
        }
        if (connection == null) {
            throw new IllegalStateException("This mail connection is no longer associated with the store");
        }
        return connection;
    }
}

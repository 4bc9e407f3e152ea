package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.privacyrights.connectors.adapter.AdapterConnectionHandle;
import org.privacyrights.connectors.adapter.JdbcDrivers;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailConnection;

/**
 * The application's handle. Checks on every call that it is open and associated; turns every backend failure into
 * a {@link ConnectorException} naming the system, and tells the container to discard a connection whose session
 * broke.
 */
final class MailConnectionImpl extends AdapterConnectionHandle<MailManagedConnection> implements MailConnection {

    MailConnectionImpl(MailManagedConnection managed) {
        super(managed, "mail");
    }

    @Override
    public String systemName() {
        return current().operations().systemName();
    }

    @Override
    public HealthReport checkHealth() {
        MailManagedConnection connection = current();
        String system = connection.operations().systemName();
        long started = System.nanoTime();
        try {
            List<String> mailboxes = connection.operations().mailboxes();
            if (!mailboxes.isEmpty()) {
                connection.backend().store(mailboxes.get(0)).getDefaultFolder().list("INBOX");
            }
            return new HealthReport(
                    system,
                    true,
                    "user database and IMAP answered (" + mailboxes.size() + " mailboxes)",
                    elapsed(started));
        } catch (SQLException | MessagingException | RuntimeException e) {
            connection.connectionFailed(e);
            return new HealthReport(
                    system, false, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(started));
        }
    }

    @Override
    public List<String> mailboxes() throws ConnectorException {
        return call(null, MailOperations::mailboxes);
    }

    @Override
    public Discovery discover(SubjectQuery subject) throws ConnectorException {
        return call(null, operations -> operations.discover(subject));
    }

    @Override
    public ExportResult export(SubjectQuery subject, ExportSink sink, ExportScope scope) throws ConnectorException {
        return call(null, operations -> operations.export(subject, sink, scope));
    }

    @Override
    public OperationReport erase(SubjectQuery subject, ErasurePolicy policy) throws ConnectorException {
        return call(null, operations -> operations.erase(subject, policy));
    }

    @Override
    public OperationReport rectify(SubjectQuery subject, String attribute, String newValue) throws ConnectorException {
        return call(attribute, operations -> operations.rectify(subject, attribute, newValue));
    }

    @Override
    public OperationReport restrict(SubjectQuery subject, boolean restricted) throws ConnectorException {
        return call(null, operations -> operations.restrict(subject, restricted));
    }

    @Override
    public OperationReport setAccountsEnabled(SubjectQuery subject, boolean enabled) throws ConnectorException {
        return call(null, operations -> operations.setAccountsEnabled(subject, enabled));
    }

    @Override
    public OperationReport unsubscribe(SubjectQuery subject) throws ConnectorException {
        return call(null, operations -> operations.unsubscribe(subject));
    }

    private <T> T call(String record, Operation<T> operation) throws ConnectorException {
        MailManagedConnection connection = current();
        String system = connection.operations().systemName();
        try {
            return operation.apply(connection.operations());
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(system, record, e.getMessage(), false, e);
        } catch (MessagingException | SQLException | IOException | RuntimeException e) {
            boolean transientFailure = isTransient(e);
            if (transientFailure) {
                connection.connectionFailed(e);
            }
            throw new ConnectorException(
                    system, record, e.getClass().getSimpleName() + ": " + e.getMessage(), transientFailure, e);
        }
    }

    /** Failures of the connection itself may pass; a refused login or bad SQL will not. */
    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreClosedException
                    || cause instanceof FolderClosedException
                    // The server is not there (yet again): refused, reset or silent connections.
                    || cause instanceof org.eclipse.angus.mail.util.MailConnectException
                    || cause instanceof org.eclipse.angus.mail.iap.ConnectionException
                    || cause instanceof java.net.SocketException
                    || cause instanceof java.net.SocketTimeoutException
                    || JdbcDrivers.isConnectionFailure(cause)) {
                return true;
            }
            if (cause instanceof jakarta.mail.AuthenticationFailedException) {
                return false;
            }
        }
        return false;
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @FunctionalInterface
    private interface Operation<T> {
        T apply(MailOperations operations) throws MessagingException, SQLException, IOException;
    }

    @Override
    protected void closedOn(MailManagedConnection connection) {
        connection.handleClosed(this);
    }

    @Override
    protected void detachFrom(MailManagedConnection connection) {
        connection.detach(this);
    }
}

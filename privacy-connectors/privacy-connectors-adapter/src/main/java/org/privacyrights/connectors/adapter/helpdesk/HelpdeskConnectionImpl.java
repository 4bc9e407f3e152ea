package org.privacyrights.connectors.adapter.helpdesk;

import java.time.Duration;
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
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;

/** The application's handle: checks it is open on every call, and reports every failure with the system named. */
final class HelpdeskConnectionImpl extends AdapterConnectionHandle<HelpdeskManagedConnection>
        implements HelpdeskConnection {

    HelpdeskConnectionImpl(HelpdeskManagedConnection managed) {
        super(managed, "help-desk");
    }

    @Override
    public String systemName() {
        return current().operations().systemName();
    }

    @Override
    public HealthReport checkHealth() {
        HelpdeskManagedConnection connection = current();
        long started = System.nanoTime();
        boolean valid = connection.isValid();
        if (!valid) {
            connection.connectionFailed(new java.sql.SQLException("The help-desk database did not answer"));
        }
        return new HealthReport(
                connection.operations().systemName(),
                valid,
                valid ? "database answered" : "database did not answer",
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public Discovery discover(SubjectQuery subject) throws ConnectorException {
        return call((jdbc, operations) -> operations.discover(jdbc, subject));
    }

    @Override
    public ExportResult export(SubjectQuery subject, ExportSink sink, ExportScope scope) throws ConnectorException {
        return call((jdbc, operations) -> {
            int[] files = {0};
            ExportSink counting = (path, mediaType) -> {
                files[0]++;
                return sink.open(path, mediaType);
            };
            long rows = operations.export(jdbc, subject, counting, scope);
            return new ExportResult(operations.systemName(), files[0], rows);
        });
    }

    @Override
    public OperationReport erase(SubjectQuery subject, ErasurePolicy policy) throws ConnectorException {
        return call((jdbc, operations) ->
                new OperationReport(operations.systemName(), operations.erase(jdbc, subject, policy)));
    }

    @Override
    public OperationReport rectify(SubjectQuery subject, String attribute, String newValue) throws ConnectorException {
        return call((jdbc, operations) ->
                new OperationReport(operations.systemName(), operations.rectify(jdbc, subject, attribute, newValue)));
    }

    @Override
    public OperationReport restrict(SubjectQuery subject, boolean restricted) throws ConnectorException {
        return setPortalUsersActive(subject, !restricted);
    }

    @Override
    public OperationReport setPortalUsersActive(SubjectQuery subject, boolean active) throws ConnectorException {
        return call((jdbc, operations) ->
                new OperationReport(operations.systemName(), operations.setActive(jdbc, subject, active)));
    }

    @Override
    public java.util.SortedSet<String> addressesOnFile(String customerId) throws ConnectorException {
        return call((jdbc, operations) -> operations.addressesOnFile(jdbc, customerId));
    }

    private <T> T call(HelpdeskManagedConnection.Work<T> work) throws ConnectorException {
        HelpdeskManagedConnection connection = current();
        String system = connection.operations().systemName();
        try {
            return connection.atomically(work);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(system, null, e.getMessage(), false, e);
        } catch (Exception e) {
            boolean transientFailure = JdbcDrivers.isConnectionFailure(e);
            if (transientFailure) {
                connection.connectionFailed(e);
            }
            throw new ConnectorException(
                    system, null, e.getClass().getSimpleName() + ": " + e.getMessage(), transientFailure, e);
        }
    }

    @Override
    protected void closedOn(HelpdeskManagedConnection connection) {
        connection.handleClosed(this);
    }

    @Override
    protected void detachFrom(HelpdeskManagedConnection connection) {
        connection.detach(this);
    }
}

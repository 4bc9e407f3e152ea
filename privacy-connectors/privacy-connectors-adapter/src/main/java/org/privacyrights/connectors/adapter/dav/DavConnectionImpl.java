package org.privacyrights.connectors.adapter.dav;

import java.io.IOException;
import java.time.Duration;
import org.privacyrights.connectors.adapter.AdapterConnectionHandle;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.dav.DavConnection;

/** The application's handle on a DAV connection. */
final class DavConnectionImpl extends AdapterConnectionHandle<DavManagedConnection> implements DavConnection {

    DavConnectionImpl(DavManagedConnection managed) {
        super(managed, "DAV");
    }

    @Override
    public String systemName() {
        return current().systemName();
    }

    @Override
    public HealthReport checkHealth() {
        DavManagedConnection connection = current();
        long started = System.nanoTime();
        try {
            connection.operations().discover(SubjectQuery.byEmail("health-check@invalid"));
            return new HealthReport(connection.systemName(), true, "DAV server answered", elapsed(started));
        } catch (IOException | RuntimeException e) {
            connection.support().failed(e);
            return new HealthReport(
                    connection.systemName(),
                    false,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    elapsed(started));
        }
    }

    @Override
    public Discovery discover(SubjectQuery subject) throws ConnectorException {
        return call(operations -> new Discovery(systemName(), operations.discover(subject)));
    }

    @Override
    public ExportResult export(SubjectQuery subject, ExportSink sink, ExportScope scope) throws ConnectorException {
        return call(operations -> {
            int files = operations.export(subject, sink, scope);
            return new ExportResult(systemName(), files, files);
        });
    }

    @Override
    public OperationReport erase(SubjectQuery subject, ErasurePolicy policy) throws ConnectorException {
        return call(operations -> new OperationReport(systemName(), operations.erase(subject, policy)));
    }

    @Override
    public OperationReport rectify(SubjectQuery subject, String attribute, String newValue) throws ConnectorException {
        return call(operations -> new OperationReport(systemName(), operations.rectify(subject, attribute, newValue)));
    }

    /** DAV has no processing flag: nothing to set, and the empty report says so. */
    @Override
    public OperationReport restrict(SubjectQuery subject, boolean restricted) {
        return new OperationReport(systemName(), java.util.List.of());
    }

    private <T> T call(Operation<T> operation) throws ConnectorException {
        DavManagedConnection connection = current();
        try {
            return operation.apply(connection.operations());
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(connection.systemName(), null, e.getMessage(), false, e);
        } catch (IOException | RuntimeException e) {
            boolean transientFailure = e instanceof IOException && !(e instanceof DavClient.DavException);
            if (transientFailure) {
                connection.support().failed(e);
            }
            throw new ConnectorException(
                    connection.systemName(),
                    null,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    transientFailure,
                    e);
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @FunctionalInterface
    private interface Operation<T> {
        T apply(DavOperations operations) throws IOException;
    }

    @Override
    protected void closedOn(DavManagedConnection connection) {
        connection.support().closed(this);
    }

    @Override
    protected void detachFrom(DavManagedConnection connection) {
        connection.support().detach(this);
    }
}

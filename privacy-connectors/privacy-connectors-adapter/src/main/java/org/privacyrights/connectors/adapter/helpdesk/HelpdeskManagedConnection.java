package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.LocalTransactionException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.privacyrights.connectors.adapter.JdbcDrivers;
import org.privacyrights.connectors.adapter.ManagedConnectionSupport;

/**
 * One JDBC connection to the help desk. Work runs in the container's local transaction when there is one, or in a
 * transaction of its own per operation otherwise; either way an operation commits whole or not at all.
 */
class HelpdeskManagedConnection implements ManagedConnection {

    private static final Logger LOG = Logger.getLogger(HelpdeskManagedConnection.class.getName());

    private final HelpdeskManagedConnectionFactory factory;
    private final HelpdeskSettings settings;
    private final Connection jdbc;
    private final HelpdeskOperations operations;
    private final ManagedConnectionSupport<HelpdeskConnectionImpl> support =
            new ManagedConnectionSupport<>(this, HelpdeskConnectionImpl::invalidate);
    private volatile boolean broken;
    private volatile boolean inContainerTransaction;
    private PrintWriter logWriter;

    HelpdeskManagedConnection(HelpdeskManagedConnectionFactory factory, HelpdeskSettings settings) throws SQLException {
        this.factory = factory;
        this.settings = settings;
        this.jdbc = JdbcDrivers.connect(
                settings.jdbcUrl(),
                JdbcDrivers.login(settings.user(), settings.password(), settings.jdbcUrl(), settings.timeouts()));
        try {
            DataMapSchemaCheck.verify(jdbc, settings.dataMap());
            this.jdbc.setAutoCommit(true);
        } catch (SQLException | IllegalStateException e) {
            jdbc.close();
            throw e;
        }
        this.operations = new HelpdeskOperations(settings);
    }

    /** Runs one operation atomically: inside the container's transaction, or in one of its own. */
    <T> T atomically(Work<T> work) throws Exception {
        if (inContainerTransaction) {
            return work.run(jdbc, operations);
        }
        jdbc.setAutoCommit(false);
        try {
            T result = work.run(jdbc, operations);
            jdbc.commit();
            return result;
        } catch (Exception e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    private void rollbackQuietly() {
        try {
            jdbc.rollback();
        } catch (SQLException e) {
            // The connection is gone; the database rolls the transaction back itself.
            LOG.log(Level.FINE, "Rollback after a failed help-desk operation failed", e);
        }
    }

    private void restoreAutoCommit() {
        try {
            jdbc.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Could not restore auto-commit; the connection will be discarded", e);
            broken = true;
        }
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        return support.register(new HelpdeskConnectionImpl(this));
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof HelpdeskConnectionImpl handle)) {
            throw new ResourceException("Not a help-desk connection handle: " + connection);
        }
        handle.reassociate(this);
        support.register(handle);
    }

    void detach(HelpdeskConnectionImpl handle) {
        support.detach(handle);
    }

    void handleClosed(HelpdeskConnectionImpl handle) {
        support.closed(handle);
    }

    void connectionFailed(Exception cause) {
        broken = true;
        support.failed(cause);
    }

    boolean createdBy(HelpdeskManagedConnectionFactory candidate) {
        return factory.equals(candidate);
    }

    String user() {
        return settings.user();
    }

    HelpdeskOperations operations() {
        return operations;
    }

    boolean isUsable() {
        return !broken;
    }

    /** Asks the database, for the container's connection validation. */
    boolean isValid() {
        try {
            return !broken && jdbc.isValid(settings.timeouts().connectSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    Connection jdbc() {
        return jdbc;
    }

    @Override
    public void cleanup() throws ResourceException {
        support.cleanup();
        if (inContainerTransaction) {
            throw new LocalTransactionException("cleanup() during an unfinished local transaction");
        }
    }

    @Override
    public void destroy() throws ResourceException {
        support.cleanup();
        try {
            jdbc.close();
        } catch (SQLException e) {
            throw new ResourceException("Closing the help-desk connection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public LocalTransaction getLocalTransaction() {
        return new LocalTransaction() {
            @Override
            public void begin() throws ResourceException {
                try {
                    jdbc.setAutoCommit(false);
                } catch (SQLException e) {
                    throw new LocalTransactionException("Cannot begin: " + e.getMessage(), e);
                }
                inContainerTransaction = true;
                support.localTransaction(ConnectionEvent.LOCAL_TRANSACTION_STARTED);
            }

            @Override
            public void commit() throws ResourceException {
                try {
                    jdbc.commit();
                } catch (SQLException e) {
                    throw new LocalTransactionException("Commit failed: " + e.getMessage(), e);
                } finally {
                    inContainerTransaction = false;
                    restoreAutoCommit();
                }
                support.localTransaction(ConnectionEvent.LOCAL_TRANSACTION_COMMITTED);
            }

            @Override
            public void rollback() throws ResourceException {
                try {
                    jdbc.rollback();
                } catch (SQLException e) {
                    throw new LocalTransactionException("Rollback failed: " + e.getMessage(), e);
                } finally {
                    inContainerTransaction = false;
                    restoreAutoCommit();
                }
                support.localTransaction(ConnectionEvent.LOCAL_TRANSACTION_ROLLEDBACK);
            }
        };
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("The help-desk connector offers local transactions, not XA");
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        support.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        support.remove(listener);
    }

    @Override
    public ManagedConnectionMetaData getMetaData() throws ResourceException {
        try {
            var meta = jdbc.getMetaData();
            String product = meta.getDatabaseProductName();
            String version = meta.getDatabaseProductVersion();
            return new ManagedConnectionMetaData() {
                @Override
                public String getEISProductName() {
                    return product;
                }

                @Override
                public String getEISProductVersion() {
                    return version;
                }

                @Override
                public int getMaxConnections() {
                    return 0;
                }

                @Override
                public String getUserName() {
                    return settings.user();
                }
            };
        } catch (SQLException e) {
            throw new ResourceException("Cannot read the database's metadata: " + e.getMessage(), e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection jdbc, HelpdeskOperations operations) throws Exception;
    }
}

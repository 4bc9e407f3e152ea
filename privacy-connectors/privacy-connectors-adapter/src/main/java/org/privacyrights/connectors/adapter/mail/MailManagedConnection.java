package org.privacyrights.connectors.adapter.mail;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.privacyrights.connectors.adapter.ManagedConnectionSupport;

/** The physical sessions to one mail system (see {@link MailBackend}), shared by the handles associated with it. */
class MailManagedConnection implements ManagedConnection {

    private final MailManagedConnectionFactory factory;
    private final MailCredentials credentials;
    private final MailBackend backend;
    private final MailOperations operations;
    private final ManagedConnectionSupport<MailConnectionImpl> support =
            new ManagedConnectionSupport<>(this, MailConnectionImpl::invalidate);
    private PrintWriter logWriter;

    MailManagedConnection(MailManagedConnectionFactory factory, MailSettings settings, MailCredentials credentials) {
        this.factory = factory;
        this.credentials = credentials;
        this.backend = new MailBackend(settings, credentials, factory.workManager());
        this.operations = new MailOperations(backend);
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        return support.register(new MailConnectionImpl(this));
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof MailConnectionImpl handle)) {
            throw new ResourceException("Not a mail connection handle: " + connection);
        }
        handle.reassociate(this);
        support.register(handle);
    }

    void detach(MailConnectionImpl handle) {
        support.detach(handle);
    }

    /** A handle was closed by the application: the container may return this connection to the pool. */
    void handleClosed(MailConnectionImpl handle) {
        support.closed(handle);
    }

    /** A session failed: the container must destroy this connection rather than pool it. */
    void connectionFailed(Exception cause) {
        backend.markBroken();
        support.failed(cause);
    }

    boolean createdBy(MailManagedConnectionFactory candidate) {
        return factory.equals(candidate);
    }

    MailCredentials credentials() {
        return credentials;
    }

    MailOperations operations() {
        return operations;
    }

    MailBackend backend() {
        return backend;
    }

    boolean isUsable() {
        return !backend.isBroken() && !support.isBroken();
    }

    @Override
    public void cleanup() {
        support.cleanup();
    }

    @Override
    public void destroy() {
        cleanup();
        backend.close();
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
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("IMAP has no transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("IMAP has no transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "IMAP mail store with SQL user database";
            }

            @Override
            public String getEISProductVersion() {
                return "IMAP4rev1";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return credentials.user();
            }
        };
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }
}

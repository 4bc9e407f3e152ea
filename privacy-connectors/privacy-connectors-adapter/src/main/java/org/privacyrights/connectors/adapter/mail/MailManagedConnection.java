package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import jakarta.resource.spi.ResourceAllocationException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/** One IMAP session with the store, shared by the handles the container associates with it. */
class MailManagedConnection implements ManagedConnection {

    private static final Logger LOG = Logger.getLogger(MailManagedConnection.class.getName());

    private final MailManagedConnectionFactory factory;
    private final MailCredentials credentials;
    private final Store store;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<MailConnectionImpl> handles = ConcurrentHashMap.newKeySet();
    private volatile boolean broken;
    private PrintWriter logWriter;

    MailManagedConnection(MailManagedConnectionFactory factory, MailCredentials credentials, Store store) {
        this.factory = factory;
        this.credentials = credentials;
        this.store = store;
    }

    static MailManagedConnection open(MailManagedConnectionFactory factory, MailCredentials credentials)
            throws ResourceException {
        try {
            Store store = factory.newSession().getStore(factory.protocol());
            store.connect(factory.getHost(), factory.getPort(), credentials.user(), credentials.password());
            return new MailManagedConnection(factory, credentials, store);
        } catch (MessagingException e) {
            throw new ResourceAllocationException(
                    "Cannot open IMAP session to " + factory.getHost() + ":" + factory.getPort() + " for system '"
                            + factory.getSystemName() + "': " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        MailConnectionImpl handle = new MailConnectionImpl(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof MailConnectionImpl handle)) {
            throw new ResourceException("Not a mail connection handle: " + connection);
        }
        handle.reassociate(this);
        handles.add(handle);
    }

    void detach(MailConnectionImpl handle) {
        handles.remove(handle);
    }

    /** A handle was closed by the application: the container may return this connection to the pool. */
    void handleClosed(MailConnectionImpl handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    /** The IMAP session failed: the container must destroy this connection instead of pooling it. */
    void connectionFailed(Exception cause) {
        broken = true;
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        listeners.forEach(listener -> listener.connectionErrorOccurred(event));
    }

    boolean createdBy(MailManagedConnectionFactory candidate) {
        return factory.equals(candidate);
    }

    MailCredentials credentials() {
        return credentials;
    }

    MailManagedConnectionFactory factory() {
        return factory;
    }

    Store store() {
        return store;
    }

    /** Cheap local check used by matching and validation; the health check asks the server itself. */
    boolean isUsable() {
        return !broken && store.isConnected();
    }

    @Override
    public void cleanup() {
        handles.forEach(MailConnectionImpl::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() throws ResourceException {
        cleanup();
        try {
            if (store.isConnected()) {
                store.close();
            }
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "IMAP logout failed while destroying a connection; the socket is closed anyway", e);
            throw new ResourceException("Closing IMAP session failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
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
                return "IMAP mail store";
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

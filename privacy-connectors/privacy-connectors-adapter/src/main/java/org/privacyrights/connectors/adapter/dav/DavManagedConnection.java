package org.privacyrights.connectors.adapter.dav;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.privacyrights.connectors.adapter.ManagedConnectionSupport;

/** One HTTP connection (kept alive) to the DAV server, with its credentials. No background threads. */
class DavManagedConnection implements ManagedConnection {

    private final DavManagedConnectionFactory factory;
    private final String user;
    private final CloseableHttpClient http;
    private final DavOperations operations;
    private final ManagedConnectionSupport<DavConnectionImpl> support =
            new ManagedConnectionSupport<>(this, DavConnectionImpl::invalidate);
    private PrintWriter logWriter;

    DavManagedConnection(
            DavManagedConnectionFactory factory,
            URI base,
            String user,
            String password,
            int connectMillis,
            int readMillis) {
        this.factory = factory;
        this.user = user;
        BasicHttpClientConnectionManager connections = new BasicHttpClientConnectionManager();
        connections.setConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectMillis, TimeUnit.MILLISECONDS))
                .setSocketTimeout(Timeout.of(readMillis, TimeUnit.MILLISECONDS))
                // A kept-alive connection the server closed meanwhile is checked before it is used again.
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                .build());
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readMillis, TimeUnit.MILLISECONDS))
                        .build())
                .disableAutomaticRetries()
                .build();
        // Credentials go with every request (preemptive Basic): servers such as Radicale close the connection after
        // a 401 challenge, which would turn the usual challenge-response into a failed request.
        String authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.operations = new DavOperations(new DavClient(http, base, authorization));
    }

    DavOperations operations() {
        return operations;
    }

    String systemName() {
        return factory.getSystemName();
    }

    String user() {
        return user;
    }

    boolean createdBy(DavManagedConnectionFactory candidate) {
        return factory.equals(candidate);
    }

    boolean isUsable() {
        return !support.isBroken();
    }

    ManagedConnectionSupport<DavConnectionImpl> support() {
        return support;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        return support.register(new DavConnectionImpl(this));
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof DavConnectionImpl handle)) {
            throw new ResourceException("Not a DAV connection handle: " + connection);
        }
        handle.reassociate(this);
        support.register(handle);
    }

    @Override
    public void cleanup() {
        support.cleanup();
    }

    @Override
    public void destroy() throws ResourceException {
        support.cleanup();
        try {
            http.close();
        } catch (IOException e) {
            throw new ResourceException("Closing the DAV connection failed: " + e.getMessage(), e);
        }
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
        throw new NotSupportedException("WebDAV has no transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("WebDAV has no transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "CardDAV/CalDAV server";
            }

            @Override
            public String getEISProductVersion() {
                return "RFC 6352 / RFC 4791";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return user;
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

package org.privacyrights.connectors.adapter.dav;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.security.PasswordCredential;
import java.net.URI;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.privacyrights.connectors.adapter.AdapterManagedConnectionFactory;
import org.privacyrights.connectors.api.dav.DavConnection;
import org.privacyrights.connectors.api.dav.DavConnectionFactory;

/** One CardDAV/CalDAV server, reached with a service account that may read and write every collection. */
@ConnectionDefinition(
        connectionFactory = DavConnectionFactory.class,
        connectionFactoryImpl = DavConnectionFactoryImpl.class,
        connection = DavConnection.class,
        connectionImpl = DavConnectionImpl.class)
public class DavManagedConnectionFactory extends AdapterManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    @ConfigProperty(
            defaultValue = "contacts",
            description = "Name of this system in findings, errors and the audit trail")
    private String systemName = "contacts";

    @ConfigProperty(description = "Base URL of the DAV server, e.g. https://dav.example.org/")
    private String baseUrl;

    @ConfigProperty(description = "Service account with access to every collection")
    private String user;

    @ConfigProperty(description = "Its password", confidential = true)
    private String password;

    @ConfigProperty(defaultValue = "10000", description = "Connect timeout in milliseconds")
    private Integer connectTimeoutMillis = 10_000;

    @ConfigProperty(defaultValue = "30000", description = "Read timeout in milliseconds")
    private Integer readTimeoutMillis = 30_000;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new DavConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new InvalidPropertyException("DAV connector '" + systemName + "': baseUrl is not set");
        }
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        String login = user;
        String secret = password;
        if (subject != null) {
            for (PasswordCredential credential : subject.getPrivateCredentials(PasswordCredential.class)) {
                if (equals(credential.getManagedConnectionFactory())) {
                    login = credential.getUserName();
                    secret = new String(credential.getPassword());
                }
            }
        }
        return new DavManagedConnection(this, base, login, secret, connectTimeoutMillis, readTimeoutMillis);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof DavManagedConnection connection
                    && connection.createdBy(this)
                    && Objects.equals(connection.user(), user)
                    && connection.isUsable()) {
                return connection;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Set getInvalidConnections(Set connections) {
        Set invalid = new HashSet<>();
        for (Object connection : connections) {
            if (connection instanceof DavManagedConnection dav && !dav.isUsable()) {
                invalid.add(dav);
            }
        }
        return invalid;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.NoTransaction;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Integer getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public Integer getReadTimeoutMillis() {
        return readTimeoutMillis;
    }

    public void setReadTimeoutMillis(Integer readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DavManagedConnectionFactory that
                && Objects.equals(systemName, that.systemName)
                && Objects.equals(baseUrl, that.baseUrl)
                && Objects.equals(user, that.user)
                && Objects.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(systemName, baseUrl, user);
    }
}

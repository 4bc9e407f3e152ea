package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.Session;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import jakarta.resource.spi.security.PasswordCredential;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import javax.security.auth.Subject;
import org.privacyrights.connectors.api.mail.MailConnection;
import org.privacyrights.connectors.api.mail.MailConnectionFactory;

/** Creates IMAP connections to one mail store, configured per connection pool. */
@ConnectionDefinition(
        connectionFactory = MailConnectionFactory.class,
        connectionFactoryImpl = MailConnectionFactoryImpl.class,
        connection = MailConnection.class,
        connectionImpl = MailConnectionImpl.class)
public class MailManagedConnectionFactory
        implements ManagedConnectionFactory,
                ResourceAdapterAssociation,
                TransactionSupport,
                ValidatingManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    @ConfigProperty(defaultValue = "mail", description = "Name of this system in findings, errors and the audit trail")
    private String systemName = "mail";

    @ConfigProperty(defaultValue = "localhost", description = "IMAP server host")
    private String host = "localhost";

    @ConfigProperty(defaultValue = "993", description = "IMAP server port")
    private Integer port = 993;

    @ConfigProperty(defaultValue = "true", description = "Use IMAP over TLS (imaps); when false, STARTTLS is required")
    private Boolean ssl = true;

    @ConfigProperty(
            defaultValue = "false",
            description = "Allow plain IMAP without STARTTLS (loopback test servers only)")
    private Boolean allowPlaintext = false;

    @ConfigProperty(description = "Login with administrative (master-user) rights on the store")
    private String user;

    @ConfigProperty(description = "Password of that login", confidential = true)
    private String password;

    @ConfigProperty(defaultValue = "10000", description = "Connect timeout in milliseconds")
    private Integer connectTimeoutMillis = 10_000;

    @ConfigProperty(defaultValue = "30000", description = "Read timeout in milliseconds")
    private Integer readTimeoutMillis = 30_000;

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new MailConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new jakarta.resource.NotSupportedException("The mail connector runs inside a container only");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        validate();
        MailCredentials credentials = credentialsFor(subject);
        return MailManagedConnection.open(this, credentials);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        MailCredentials wanted = credentialsFor(subject);
        for (Object candidate : candidates) {
            if (candidate instanceof MailManagedConnection connection
                    && connection.createdBy(this)
                    && connection.credentials().equals(wanted)
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
            if (connection instanceof MailManagedConnection mail && !mail.isUsable()) {
                invalid.add(mail);
            }
        }
        return invalid;
    }

    /** Container-managed sign-on wins over the configured login when the container supplies one. */
    MailCredentials credentialsFor(Subject subject) {
        if (subject != null) {
            for (PasswordCredential credential : subject.getPrivateCredentials(PasswordCredential.class)) {
                if (equals(credential.getManagedConnectionFactory())) {
                    return new MailCredentials(credential.getUserName(), new String(credential.getPassword()));
                }
            }
        }
        return new MailCredentials(user, password);
    }

    void validate() throws InvalidPropertyException {
        if (host == null || host.isBlank()) {
            throw new InvalidPropertyException("Mail connector '" + systemName + "': host is not set");
        }
        if (port == null || port < 1 || port > 65_535) {
            throw new InvalidPropertyException("Mail connector '" + systemName + "': port " + port + " is invalid");
        }
    }

    Session newSession() {
        String protocol = protocol();
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(connectTimeoutMillis));
        properties.setProperty("mail." + protocol + ".timeout", String.valueOf(readTimeoutMillis));
        properties.setProperty("mail." + protocol + ".writetimeout", String.valueOf(readTimeoutMillis));
        if (!ssl && !allowPlaintext) {
            properties.setProperty("mail.imap.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

    String protocol() {
        return ssl ? "imaps" : "imap";
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.NoTransaction;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Boolean getSsl() {
        return ssl;
    }

    public void setSsl(Boolean ssl) {
        this.ssl = ssl;
    }

    public Boolean getAllowPlaintext() {
        return allowPlaintext;
    }

    public void setAllowPlaintext(Boolean allowPlaintext) {
        this.allowPlaintext = allowPlaintext;
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
        return other instanceof MailManagedConnectionFactory that
                && Objects.equals(systemName, that.systemName)
                && Objects.equals(host, that.host)
                && Objects.equals(port, that.port)
                && Objects.equals(ssl, that.ssl)
                && Objects.equals(allowPlaintext, that.allowPlaintext)
                && Objects.equals(user, that.user)
                && Objects.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(systemName, host, port, ssl, user);
    }
}

package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.resource.spi.security.PasswordCredential;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.privacyrights.connectors.adapter.AdapterManagedConnectionFactory;
import org.privacyrights.connectors.adapter.JdbcTimeouts;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnectionFactory;

/**
 * One SQL help desk: its database and the data map that describes it. Local transactions, because that is what
 * the database offers; the connector never claims XA.
 */
@ConnectionDefinition(
        connectionFactory = HelpdeskConnectionFactory.class,
        connectionFactoryImpl = HelpdeskConnectionFactoryImpl.class,
        connection = HelpdeskConnection.class,
        connectionImpl = HelpdeskConnectionImpl.class)
public class HelpdeskManagedConnectionFactory extends AdapterManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    @ConfigProperty(
            defaultValue = "helpdesk",
            description = "Name of this system in findings, errors and the audit trail")
    private String systemName = "helpdesk";

    @ConfigProperty(description = "JDBC URL of the help desk's database (PostgreSQL or MariaDB)")
    private String jdbcUrl;

    @ConfigProperty(description = "Database user")
    private String user;

    @ConfigProperty(description = "Database password", confidential = true)
    private String password;

    @ConfigProperty(description = "Path of the data map (JSON) that describes where the personal data is")
    private String dataMapFile;

    @ConfigProperty(defaultValue = "[erased]", description = "What a masked column is set to")
    private String mask = "[erased]";

    @ConfigProperty(
            description = "Secret key for hashed columns (HMAC-SHA256); required when the map hashes",
            confidential = true)
    private String hashKey;

    @ConfigProperty(defaultValue = "30", description = "Longest a statement may run, in seconds")
    private Integer queryTimeoutSeconds = 30;

    @ConfigProperty(defaultValue = "10", description = "Connect (and log-in) timeout in seconds")
    private Integer connectTimeoutSeconds = 10;

    @ConfigProperty(
            defaultValue = "60",
            description = "Longest wait for any answer of the database once connected, in seconds")
    private Integer socketTimeoutSeconds = 60;

    private transient volatile DataMap dataMap;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new HelpdeskConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        HelpdeskSettings settings = settings(subject);
        try {
            return new HelpdeskManagedConnection(this, settings);
        } catch (SQLException e) {
            throw new ResourceAllocationException(
                    "Cannot connect to help desk '" + systemName + "': " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            InvalidPropertyException invalid = new InvalidPropertyException(
                    "Help desk '" + systemName + "': data map " + dataMapFile + ": " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        String wantedUser = userFor(subject);
        for (Object candidate : candidates) {
            if (candidate instanceof HelpdeskManagedConnection connection
                    && connection.createdBy(this)
                    && Objects.equals(connection.user(), wantedUser)
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
            if (connection instanceof HelpdeskManagedConnection helpdesk && !helpdesk.isValid()) {
                invalid.add(helpdesk);
            }
        }
        return invalid;
    }

    HelpdeskSettings settings(Subject subject) throws InvalidPropertyException {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new InvalidPropertyException("Help desk '" + systemName + "': jdbcUrl is not set");
        }
        DataMap map = dataMap();
        boolean hashes = map.entities().stream()
                .flatMap(e -> e.columns().values().stream())
                .anyMatch(c -> c.erase() == DataMap.ColumnErasure.HASH);
        if (hashes && (hashKey == null || hashKey.length() < 16)) {
            throw new InvalidPropertyException("Help desk '" + systemName
                    + "': the data map hashes columns, so hashKey needs at least 16 characters");
        }
        if (connectTimeoutSeconds == null
                || connectTimeoutSeconds < 1
                || socketTimeoutSeconds == null
                || socketTimeoutSeconds < 1) {
            throw new InvalidPropertyException("Help desk '" + systemName
                    + "': connectTimeoutSeconds and socketTimeoutSeconds must be at least 1");
        }
        String login = userFor(subject);
        String secret = password;
        if (subject != null) {
            for (PasswordCredential credential : subject.getPrivateCredentials(PasswordCredential.class)) {
                if (equals(credential.getManagedConnectionFactory())) {
                    secret = new String(credential.getPassword());
                }
            }
        }
        return new HelpdeskSettings(
                systemName,
                jdbcUrl,
                login,
                secret,
                map,
                mask,
                hashKey == null ? new byte[0] : hashKey.getBytes(StandardCharsets.UTF_8),
                queryTimeoutSeconds,
                new JdbcTimeouts(connectTimeoutSeconds, socketTimeoutSeconds));
    }

    private String userFor(Subject subject) {
        if (subject != null) {
            for (PasswordCredential credential : subject.getPrivateCredentials(PasswordCredential.class)) {
                if (equals(credential.getManagedConnectionFactory())) {
                    return credential.getUserName();
                }
            }
        }
        return user;
    }

    /** Read once per factory; a data map that cannot be read or is wrong fails the first connection clearly. */
    DataMap dataMap() throws InvalidPropertyException {
        DataMap map = dataMap;
        if (map == null) {
            if (dataMapFile == null || dataMapFile.isBlank()) {
                throw new InvalidPropertyException("Help desk '" + systemName + "': dataMapFile is not set");
            }
            try (Reader reader = Files.newBufferedReader(Path.of(dataMapFile), StandardCharsets.UTF_8)) {
                map = DataMapParser.parse(reader);
            } catch (IOException | IllegalArgumentException e) {
                InvalidPropertyException invalid = new InvalidPropertyException(
                        "Help desk '" + systemName + "': data map " + dataMapFile + ": " + e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
            dataMap = map;
        }
        return map;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.LocalTransaction;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public void setJdbcUrl(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
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

    public String getDataMapFile() {
        return dataMapFile;
    }

    public void setDataMapFile(String dataMapFile) {
        this.dataMapFile = dataMapFile;
        this.dataMap = null;
    }

    public String getMask() {
        return mask;
    }

    public void setMask(String mask) {
        this.mask = mask;
    }

    public String getHashKey() {
        return hashKey;
    }

    public void setHashKey(String hashKey) {
        this.hashKey = hashKey;
    }

    public Integer getQueryTimeoutSeconds() {
        return queryTimeoutSeconds;
    }

    public void setQueryTimeoutSeconds(Integer queryTimeoutSeconds) {
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    public Integer getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    public void setConnectTimeoutSeconds(Integer connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    public Integer getSocketTimeoutSeconds() {
        return socketTimeoutSeconds;
    }

    public void setSocketTimeoutSeconds(Integer socketTimeoutSeconds) {
        this.socketTimeoutSeconds = socketTimeoutSeconds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HelpdeskManagedConnectionFactory that
                && Objects.equals(systemName, that.systemName)
                && Objects.equals(jdbcUrl, that.jdbcUrl)
                && Objects.equals(user, that.user)
                && Objects.equals(password, that.password)
                && Objects.equals(dataMapFile, that.dataMapFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(systemName, jdbcUrl, user, dataMapFile);
    }
}

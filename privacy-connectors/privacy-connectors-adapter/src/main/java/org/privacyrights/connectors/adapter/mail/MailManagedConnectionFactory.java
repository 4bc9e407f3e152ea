package org.privacyrights.connectors.adapter.mail;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.security.PasswordCredential;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.privacyrights.connectors.adapter.AdapterManagedConnectionFactory;
import org.privacyrights.connectors.adapter.JdbcTimeouts;
import org.privacyrights.connectors.api.mail.MailConnection;
import org.privacyrights.connectors.api.mail.MailConnectionFactory;

/**
 * One mail system: its IMAP store, reached as the master user, and its user database (JDBC). IMAP has no
 * transactions, so the definition declares none; each operation is idempotent instead. The SQL statements default
 * to the reference schema in {@code config/mail-system/schema.sql}; each takes its values as parameters.
 */
@ConnectionDefinition(
        connectionFactory = MailConnectionFactory.class,
        connectionFactoryImpl = MailConnectionFactoryImpl.class,
        connection = MailConnection.class,
        connectionImpl = MailConnectionImpl.class)
public class MailManagedConnectionFactory extends AdapterManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    @ConfigProperty(defaultValue = "mail", description = "Name of this system in findings, errors and the audit trail")
    private String systemName = "mail";

    @ConfigProperty(defaultValue = "localhost", description = "IMAP server host")
    private String host = "localhost";

    @ConfigProperty(defaultValue = "993", description = "IMAP server port")
    private Integer port = 993;

    @ConfigProperty(defaultValue = "true", description = "IMAP over TLS (imaps); when false, STARTTLS is required")
    private Boolean ssl = true;

    @ConfigProperty(defaultValue = "false", description = "Allow IMAP without TLS (loopback test servers only)")
    private Boolean allowPlaintext = false;

    @ConfigProperty(description = "The master user, who may open every mailbox")
    private String user;

    @ConfigProperty(description = "The master user's password", confidential = true)
    private String password;

    @ConfigProperty(defaultValue = "*", description = "Between mailbox and master user in a master login (Dovecot: *)")
    private String masterUserSeparator = "*";

    @ConfigProperty(defaultValue = "10000", description = "Connect timeout in milliseconds")
    private Integer connectTimeoutMillis = 10_000;

    @ConfigProperty(defaultValue = "30000", description = "Read timeout in milliseconds")
    private Integer readTimeoutMillis = 30_000;

    @ConfigProperty(defaultValue = "10", description = "Connect (and log-in) timeout of the user database, in seconds")
    private Integer directoryConnectTimeoutSeconds = 10;

    @ConfigProperty(
            defaultValue = "60",
            description = "Longest wait for any answer of the user database once connected, in seconds")
    private Integer directorySocketTimeoutSeconds = 60;

    @ConfigProperty(defaultValue = "4", description = "IMAP sessions one pooled connection keeps open to mailboxes")
    private Integer maxOpenMailboxes = 4;

    @ConfigProperty(
            defaultValue = "2",
            description = "IMAP sessions that search mailboxes side by side during discovery (fewer than"
                    + " maxOpenMailboxes; 1 searches one mailbox after the other)")
    private Integer searchSessions = 2;

    @ConfigProperty(
            defaultValue = "false",
            description = "True where the server's SEARCH compares address headers in their normalised"
                    + " 'Name <local@domain>' form (Dovecot does). Discovery finds the same either way: its server-side"
                    + " search looks for the local part and the domain anywhere in a message (so that sub-addresses,"
                    + " text and forwarded parts are reached), and each candidate is then verified exactly.")
    private Boolean searchMatchesWholeAddresses = false;

    @ConfigProperty(
            defaultValue = "+",
            description = "Between an address's local part and its tag (zoe+shop@ is zoe@): mail to a tagged address"
                    + " is the subject's too. Empty where the mail system has no sub-addresses.")
    private String subAddressSeparator = "+";

    @ConfigProperty(
            defaultValue = "false",
            description = "True where the IMAP server answers TEXT searches from a full-text index that leaves headers"
                    + " other than From, To, Cc and Bcc out (Dovecot with fts-xapian or fts-flatcurve): those headers"
                    + " (Reply-To, Sender, Resent-*, Delivered-To, X-Original-To) are then read from every message.")
    private Boolean fullTextIndex = false;

    @ConfigProperty(description = "JDBC URL of the mail system's user database")
    private String directoryUrl;

    @ConfigProperty(description = "User of the mail system's user database")
    private String directoryUser;

    @ConfigProperty(description = "Password of the mail system's user database", confidential = true)
    private String directoryPassword;

    @ConfigProperty(defaultValue = "SELECT email FROM mail_user ORDER BY email", description = "Lists every mailbox")
    private String mailboxesQuery = "SELECT email FROM mail_user ORDER BY email";

    @ConfigProperty(
            defaultValue = "SELECT email, display_name, enabled, processing_restricted FROM mail_user"
                    + " WHERE lower(email) = ? AND mailbox_kind = 'personal'",
            description = "A person's own account by address: address, display name, enabled, restricted. Only the"
                    + " accounts it returns are ever a subject's own mailbox: it must leave shared and functional"
                    + " mailboxes (support@, info@) out")
    private String accountQuery = "SELECT email, display_name, enabled, processing_restricted FROM mail_user"
            + " WHERE lower(email) = ? AND mailbox_kind = 'personal'";

    @ConfigProperty(
            defaultValue = "UPDATE mail_user SET enabled = ? WHERE lower(email) = ?",
            description = "Enables (true) or disables an account")
    private String setEnabledStatement = "UPDATE mail_user SET enabled = ? WHERE lower(email) = ?";

    @ConfigProperty(
            defaultValue = "UPDATE mail_user SET display_name = ? WHERE lower(email) = ?",
            description = "Corrects a display name")
    private String setDisplayNameStatement = "UPDATE mail_user SET display_name = ? WHERE lower(email) = ?";

    @ConfigProperty(
            defaultValue = "UPDATE mail_user SET processing_restricted = ? WHERE lower(email) = ?",
            description = "Sets or clears the processing restriction of an account")
    private String setRestrictedStatement = "UPDATE mail_user SET processing_restricted = ? WHERE lower(email) = ?";

    @ConfigProperty(
            defaultValue =
                    "SELECT list_address, member_address FROM mailing_list_member WHERE lower(member_address) = ?",
            description = "The lists an address is a member of: list, member")
    private String membershipsQuery =
            "SELECT list_address, member_address FROM mailing_list_member WHERE lower(member_address) = ?";

    @ConfigProperty(
            defaultValue = "DELETE FROM mailing_list_member WHERE list_address = ? AND member_address = ?",
            description = "Removes one member from one list")
    private String unsubscribeStatement =
            "DELETE FROM mailing_list_member WHERE list_address = ? AND member_address = ?";

    @ConfigProperty(
            defaultValue = "DELETE FROM mail_user WHERE lower(email) = ?",
            description = "Deletes an account, once its messages are erased")
    private String deleteAccountStatement = "DELETE FROM mail_user WHERE lower(email) = ?";

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new MailConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        return new MailManagedConnection(this, settings(), credentialsFor(subject));
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

    /** Container-managed sign-on wins over the configured master login when the container supplies one. */
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

    /** Checks the configuration and takes a snapshot of it for one managed connection. */
    MailSettings settings() throws InvalidPropertyException {
        if (host == null || host.isBlank()) {
            throw new InvalidPropertyException("Mail connector '" + systemName + "': host is not set");
        }
        if (port == null || port < 1 || port > 65_535) {
            throw new InvalidPropertyException("Mail connector '" + systemName + "': port " + port + " is invalid");
        }
        if (maxOpenMailboxes == null || maxOpenMailboxes < 1) {
            throw new InvalidPropertyException(
                    "Mail connector '" + systemName + "': maxOpenMailboxes must be at least 1");
        }
        if (searchSessions == null || searchSessions < 1) {
            throw new InvalidPropertyException(
                    "Mail connector '" + systemName + "': searchSessions must be at least 1");
        }
        if (directoryConnectTimeoutSeconds == null
                || directoryConnectTimeoutSeconds < 1
                || directorySocketTimeoutSeconds == null
                || directorySocketTimeoutSeconds < 1) {
            throw new InvalidPropertyException("Mail connector '" + systemName
                    + "': directoryConnectTimeoutSeconds and directorySocketTimeoutSeconds must be at least 1");
        }
        return new MailSettings(
                systemName,
                host,
                port,
                ssl,
                allowPlaintext,
                masterUserSeparator,
                connectTimeoutMillis,
                readTimeoutMillis,
                maxOpenMailboxes,
                // Each session holds a mailbox open; one more stays free so none is closed while in use.
                Math.max(1, Math.min(searchSessions, maxOpenMailboxes - 1)),
                Boolean.TRUE.equals(searchMatchesWholeAddresses),
                directoryUrl,
                directoryUser,
                directoryPassword,
                new JdbcTimeouts(directoryConnectTimeoutSeconds, directorySocketTimeoutSeconds),
                new MailSettings.DirectoryStatements(
                        mailboxesQuery,
                        accountQuery,
                        setEnabledStatement,
                        setDisplayNameStatement,
                        setRestrictedStatement,
                        membershipsQuery,
                        unsubscribeStatement,
                        deleteAccountStatement),
                subAddressSeparator == null ? "" : subAddressSeparator,
                Boolean.TRUE.equals(fullTextIndex));
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

    public String getMasterUserSeparator() {
        return masterUserSeparator;
    }

    public void setMasterUserSeparator(String masterUserSeparator) {
        this.masterUserSeparator = masterUserSeparator;
    }

    public Integer getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public Integer getDirectoryConnectTimeoutSeconds() {
        return directoryConnectTimeoutSeconds;
    }

    public void setDirectoryConnectTimeoutSeconds(Integer directoryConnectTimeoutSeconds) {
        this.directoryConnectTimeoutSeconds = directoryConnectTimeoutSeconds;
    }

    public Integer getDirectorySocketTimeoutSeconds() {
        return directorySocketTimeoutSeconds;
    }

    public void setDirectorySocketTimeoutSeconds(Integer directorySocketTimeoutSeconds) {
        this.directorySocketTimeoutSeconds = directorySocketTimeoutSeconds;
    }

    public Integer getReadTimeoutMillis() {
        return readTimeoutMillis;
    }

    public void setReadTimeoutMillis(Integer readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    public Integer getMaxOpenMailboxes() {
        return maxOpenMailboxes;
    }

    public void setMaxOpenMailboxes(Integer maxOpenMailboxes) {
        this.maxOpenMailboxes = maxOpenMailboxes;
    }

    public Boolean getSearchMatchesWholeAddresses() {
        return searchMatchesWholeAddresses;
    }

    public void setSearchMatchesWholeAddresses(Boolean searchMatchesWholeAddresses) {
        this.searchMatchesWholeAddresses = searchMatchesWholeAddresses;
    }

    public Integer getSearchSessions() {
        return searchSessions;
    }

    public void setSearchSessions(Integer searchSessions) {
        this.searchSessions = searchSessions;
    }

    public String getSubAddressSeparator() {
        return subAddressSeparator;
    }

    public void setSubAddressSeparator(String subAddressSeparator) {
        this.subAddressSeparator = subAddressSeparator;
    }

    public Boolean getFullTextIndex() {
        return fullTextIndex;
    }

    public void setFullTextIndex(Boolean fullTextIndex) {
        this.fullTextIndex = fullTextIndex;
    }

    public String getDirectoryUrl() {
        return directoryUrl;
    }

    public void setDirectoryUrl(String directoryUrl) {
        this.directoryUrl = directoryUrl;
    }

    public String getDirectoryUser() {
        return directoryUser;
    }

    public void setDirectoryUser(String directoryUser) {
        this.directoryUser = directoryUser;
    }

    public String getDirectoryPassword() {
        return directoryPassword;
    }

    public void setDirectoryPassword(String directoryPassword) {
        this.directoryPassword = directoryPassword;
    }

    public String getMailboxesQuery() {
        return mailboxesQuery;
    }

    public void setMailboxesQuery(String mailboxesQuery) {
        this.mailboxesQuery = mailboxesQuery;
    }

    public String getAccountQuery() {
        return accountQuery;
    }

    public void setAccountQuery(String accountQuery) {
        this.accountQuery = accountQuery;
    }

    public String getSetEnabledStatement() {
        return setEnabledStatement;
    }

    public void setSetEnabledStatement(String setEnabledStatement) {
        this.setEnabledStatement = setEnabledStatement;
    }

    public String getSetDisplayNameStatement() {
        return setDisplayNameStatement;
    }

    public void setSetDisplayNameStatement(String setDisplayNameStatement) {
        this.setDisplayNameStatement = setDisplayNameStatement;
    }

    public String getSetRestrictedStatement() {
        return setRestrictedStatement;
    }

    public void setSetRestrictedStatement(String setRestrictedStatement) {
        this.setRestrictedStatement = setRestrictedStatement;
    }

    public String getMembershipsQuery() {
        return membershipsQuery;
    }

    public void setMembershipsQuery(String membershipsQuery) {
        this.membershipsQuery = membershipsQuery;
    }

    public String getUnsubscribeStatement() {
        return unsubscribeStatement;
    }

    public void setUnsubscribeStatement(String unsubscribeStatement) {
        this.unsubscribeStatement = unsubscribeStatement;
    }

    public String getDeleteAccountStatement() {
        return deleteAccountStatement;
    }

    public void setDeleteAccountStatement(String deleteAccountStatement) {
        this.deleteAccountStatement = deleteAccountStatement;
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
                && Objects.equals(password, that.password)
                && Objects.equals(directoryUrl, that.directoryUrl)
                && Objects.equals(directoryUser, that.directoryUser);
    }

    @Override
    public int hashCode() {
        return Objects.hash(systemName, host, port, ssl, user, directoryUrl);
    }
}

package org.privacyrights.connectors.adapter.inbound;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import org.privacyrights.connectors.api.inbound.PrivacyMailListener;

/** Which mailbox to watch and how often. */
@Activation(messageListeners = PrivacyMailListener.class)
public class PrivacyMailboxActivationSpec implements ActivationSpec {

    @ConfigProperty(
            defaultValue = "true",
            description = "Whether the mailbox is watched; an installation without a privacy mailbox says false")
    private Boolean enabled = true;

    @ConfigProperty(defaultValue = "localhost", description = "IMAP server host")
    private String host = "localhost";

    @ConfigProperty(defaultValue = "993", description = "IMAP server port")
    private Integer port = 993;

    @ConfigProperty(defaultValue = "true", description = "IMAP over TLS")
    private Boolean ssl = true;

    @ConfigProperty(defaultValue = "false", description = "Allow IMAP without TLS (loopback test servers only)")
    private Boolean allowPlaintext = false;

    @ConfigProperty(description = "Login of the privacy mailbox")
    private String user;

    @ConfigProperty(description = "Its password", confidential = true)
    private String password;

    @ConfigProperty(defaultValue = "INBOX", description = "Folder that receives the requests")
    private String folder = "INBOX";

    @ConfigProperty(defaultValue = "30", description = "Seconds between two looks at the mailbox")
    private Integer pollIntervalSeconds = 30;

    /**
     * Text, not a number: an installation whose settings do not name it yet passes the placeholder unresolved, and
     * the mailbox must still be watched (with the default) rather than fail to start.
     */
    @ConfigProperty(
            defaultValue = "3",
            description = "Failed attempts in a row after which a message is set aside (flagged $PrivacyQuarantined)")
    private String maxDeliveryAttempts = "3";

    private ResourceAdapter resourceAdapter;

    @Override
    public void validate() throws InvalidPropertyException {
        if (!isEnabled()) {
            return;
        }
        if (user == null || user.isBlank()) {
            throw new InvalidPropertyException("Privacy mailbox: user is not set");
        }
        if (port == null || port < 1 || port > 65_535) {
            throw new InvalidPropertyException("Privacy mailbox: port " + port + " is invalid");
        }
        if (maxDeliveryAttempts() < 1) {
            throw new InvalidPropertyException("Privacy mailbox: maxDeliveryAttempts must be at least 1");
        }
        if (pollIntervalSeconds == null || pollIntervalSeconds < 1) {
            throw new InvalidPropertyException("Privacy mailbox: pollIntervalSeconds must be at least 1");
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    /** True unless switched off: an unset value means the mailbox is watched. */
    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
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

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public Integer getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(Integer pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public void setMaxDeliveryAttempts(String maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    /** The attempts allowed: 3 where unset or left as an unresolved placeholder, 0 (refused) where not a number. */
    public int maxDeliveryAttempts() {
        String value = maxDeliveryAttempts == null ? "" : maxDeliveryAttempts.strip();
        if (value.isEmpty() || value.startsWith("${")) {
            return 3;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package org.privacyrights.demo.backends;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Starts the demo backends when this WAR starts, where {@code privacy.demo.enabled=true} (the quick start's
 * configuration), and stops them with it. Deployed before the platform, so its connectors find them up.
 */
@ApplicationScoped
public class DemoBackends {

    private static final Logger LOG = Logger.getLogger(DemoBackends.class.getName());

    @Inject
    Config config;

    private volatile DemoServers servers;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) throws Exception {
        if (!config.getOptionalValue("privacy.demo.enabled", Boolean.class).orElse(false)) {
            LOG.warning("The demo backends are deployed but privacy.demo.enabled is not true: they stay off.");
            return;
        }
        DemoBackendSettings settings = DemoBackendSettings.from(config);
        servers = DemoServers.start(settings, Instant.now());
        LOG.info(() -> "Demo backends ready: a mail system (IMAP on 127.0.0.1:" + settings.imapPort()
                + ", SMTP on 127.0.0.1:" + settings.smtpPort() + ") and a help desk (H2 on 127.0.0.1:"
                + settings.helpdesk().url().port() + ") with " + settings.people() + " people, person0@"
                + DemoPerson.DOMAIN + " to person" + (settings.people() - 1) + "@" + DemoPerson.DOMAIN
                + "; generated afresh at every start.");
    }

    /** Whether the backends run, which they do only where the demo is on. */
    public boolean isOn() {
        return servers != null;
    }

    /** The latest mails the platform sent, newest first; none while the backends are off. */
    public List<DeliveredMail> deliveredMails() {
        DemoServers running = servers;
        return running == null ? List.of() : running.delivered();
    }

    @PreDestroy
    void stop() {
        if (servers == null) {
            return;
        }
        try {
            servers.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Stopping the demo databases failed", e);
        }
        servers = null;
    }
}

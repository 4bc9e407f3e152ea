package org.privacyrights.demo.backends;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The demo backends while they run: started, filled with the generated people, and stopped together. */
final class DemoServers implements AutoCloseable {

    private final DemoDatabases databases = new DemoDatabases();
    private DemoMailServer mailServer;
    private final DemoMailSystem mail = new DemoMailSystem();
    private final DemoHelpdesk helpdesk = new DemoHelpdesk();
    private final List<DemoPerson> people;

    private DemoServers(int people) {
        this.people = DemoPerson.generate(people);
    }

    /** Starts the servers and fills them; whatever started is stopped again if a later step fails. */
    static DemoServers start(DemoBackendSettings settings, Instant now)
            throws SQLException, IOException, MessagingException {
        DemoServers servers = new DemoServers(settings.people());
        try {
            Connection directory = servers.databases.create(settings.mailDirectory(), "mail-system/schema.sql");
            Connection helpdeskDb = servers.databases.create(settings.helpdesk(), "helpdesk/schema-h2.sql");
            servers.mailServer = new DemoMailServer(
                    settings.imapPort(), settings.smtpPort(), settings.masterUser(), settings.masterPassword());
            servers.mail.fill(servers.people, directory, servers.mailServer, now);
            servers.helpdesk.fill(servers.people, helpdeskDb, now);
            return servers;
        } catch (SQLException | IOException | MessagingException | RuntimeException e) {
            try {
                servers.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The latest mails the platform sent to the demo SMTP server, newest first. */
    List<DeliveredMail> delivered() {
        return mailServer.delivered();
    }

    List<DemoPerson> people() {
        return people;
    }

    DemoMailSystem mail() {
        return mail;
    }

    DemoHelpdesk helpdesk() {
        return helpdesk;
    }

    @Override
    public void close() throws SQLException {
        if (mailServer != null) {
            mailServer.close();
        }
        databases.close();
    }
}

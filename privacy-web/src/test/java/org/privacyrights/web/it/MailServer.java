package org.privacyrights.web.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the platform sends to in the tests: GreenMail on 127.0.0.1:3025 (IMAP on 3143), in the test
 * JVM, started before the deployment and kept for the JVM's life. Client side only: never deployed.
 */
final class MailServer {

    private static GreenMail server;

    private MailServer() {}

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                new ServerSetup(MailCatcher.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(MailCatcher.IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
            // Any login opens the address's mailbox, empty or not: a refused login ends in a connection the
            // server's IMAP handler then spins on, a core's worth of CPU each, for the rest of the run.
            server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }
}

package org.privacyrights.demo.backends;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.ResourceException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrights.connectors.adapter.PrivacyResourceAdapter;
import org.privacyrights.connectors.adapter.helpdesk.HelpdeskManagedConnectionFactory;
import org.privacyrights.connectors.adapter.mail.MailManagedConnectionFactory;
import org.privacyrights.connectors.adapter.testing.DirectorySink;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.connectors.api.mail.MailCategories;
import org.privacyrights.connectors.api.mail.MailConnection;

/**
 * The demo backends as the quick start runs them, reached by the platform's own connectors over IMAP and H2's
 * TCP protocol with the quick start's settings: every generated record of a person is found, exported and erased.
 */
class DemoServersTest {

    private static final String MASTER = "privacy-admin";
    private static final String MASTER_PASSWORD = "demo-master-password";
    private static final int PEOPLE = 12;

    private DemoServers servers;
    private DemoBackendSettings settings;
    private final TestBootstrapContext container = new TestBootstrapContext();
    private final PrivacyResourceAdapter adapter = new PrivacyResourceAdapter();

    /** Fresh servers for every test: an erasure changes the mail of others too. */
    @BeforeEach
    void start() throws Exception {
        int databasePort = freePort();
        settings = new DemoBackendSettings(
                freePort(),
                freePort(),
                MASTER,
                MASTER_PASSWORD,
                login("jdbc:h2:tcp://localhost:" + databasePort + "/mem:test-mailsystem", "mail"),
                login("jdbc:h2:tcp://127.0.0.1:" + databasePort + "/mem:test-helpdesk", "helpdesk"),
                PEOPLE);
        servers = DemoServers.start(settings, Instant.parse("2026-11-01T10:00:00Z"));
        adapter.start(container);
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        container.close();
        servers.close();
    }

    @Test
    void theMailConnectorFindsEveryMessageOfAPersonThroughTheMasterLogin() throws Exception {
        DemoPerson person = servers.people().get(3);
        try (MailConnection mail = mail()) {
            Discovery found = mail.discover(SubjectQuery.byEmail(person.email()));

            assertThat(count(found, MailCategories.OWN_MAILBOX))
                    .isEqualTo(servers.mail().ownMessages().get(person.email()));
            assertThat(count(found, MailCategories.OTHER_MAILBOX))
                    .isEqualTo(servers.mail().mentions().get(person.email()));
            assertThat(count(found, MailCategories.ACCOUNT)).isEqualTo(1);
            assertThat(count(found, MailCategories.LIST_MEMBERSHIP)).isZero();
            assertThat(found.records()).extracting(RecordRef::location).anyMatch(l -> l.endsWith("/Sent"));
        }
    }

    @Test
    void aPersonsMailIsExportedAndErasedAndNothingOfThemIsFoundAfterwards(@TempDir Path target) throws Exception {
        DemoPerson person = servers.people().get(4);
        SubjectQuery subject = SubjectQuery.byEmail(person.email());
        try (MailConnection mail = mail()) {
            long messages = servers.mail().ownMessages().get(person.email())
                    + servers.mail().mentions().get(person.email());

            mail.export(subject, new DirectorySink(target));
            assertThat(files(target, ".eml")).hasSize((int) messages);
            assertThat(Files.readString(target.resolve("mail/directory.json")))
                    .contains(person.displayName())
                    .contains(DemoMailSystem.NEWSLETTER);

            var report = mail.erase(subject, ErasurePolicy.eraseAll());
            assertThat(report.countsByAction().get(Action.ERASED)).isEqualTo(messages + 2);
            assertThat(mail.discover(subject).records()).isEmpty();
            // The others keep all their mail but the messages that named this person.
            long othersLeft = 0;
            long othersBefore = 0;
            for (DemoPerson other : servers.people()) {
                if (!other.equals(person)) {
                    othersLeft += count(mail.discover(SubjectQuery.byEmail(other.email())), MailCategories.OWN_MAILBOX);
                    othersBefore += servers.mail().ownMessages().get(other.email());
                }
            }
            assertThat(othersLeft)
                    .isEqualTo(othersBefore - servers.mail().mentions().get(person.email()));
        }
    }

    @Test
    void mailThePlatformSendsArrivesInTheRecipientsMailbox() throws Exception {
        DemoPerson person = servers.people().get(6);
        var smtp = jakarta.mail.Session.getInstance(new java.util.Properties());
        var message = new jakarta.mail.internet.MimeMessage(smtp);
        message.setFrom("privacy@localhost");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, person.email());
        message.setSubject("Your code");
        message.setText("123456");
        try (var transport = smtp.getTransport("smtp")) {
            transport.connect("127.0.0.1", settings.smtpPort(), null, null);
            transport.sendMessage(message, message.getAllRecipients());
        }
        try (MailConnection mail = mail()) {
            assertThat(count(mail.discover(SubjectQuery.byEmail(person.email())), MailCategories.OWN_MAILBOX))
                    .isEqualTo(servers.mail().ownMessages().get(person.email()) + 1);
        }
        // The demo mailbox page shows what came in over SMTP, and nothing of the generated mailboxes.
        assertThat(servers.delivered()).singleElement().satisfies(delivered -> {
            assertThat(delivered.recipient()).isEqualTo(person.email());
            assertThat(delivered.subject()).isEqualTo("Your code");
            assertThat(delivered.body()).contains("123456");
        });
    }

    @Test
    void theHelpdeskConnectorFindsExportsAndErasesEveryRowOfAPerson(@TempDir Path target) throws Exception {
        for (DemoPerson person :
                List.of(servers.people().get(0), servers.people().get(1))) {
            SubjectQuery subject = SubjectQuery.byEmail(person.email());
            try (HelpdeskConnection helpdesk = helpdesk()) {
                assertThat(helpdesk.discover(subject).records())
                        .as(person.email())
                        .hasSize(servers.helpdesk().rows().get(person.email()));

                helpdesk.export(subject, new DirectorySink(target.resolve(person.email())));
                assertThat(Files.readString(target.resolve(person.email()).resolve("helpdesk/ticket.csv")))
                        .contains(DemoHelpdesk.TOPICS[person.index() % DemoHelpdesk.TOPICS.length]);

                helpdesk.erase(subject, ErasurePolicy.eraseAll());
                assertThat(helpdesk.discover(subject).records()).isEmpty();
            }
        }
    }

    private MailConnection mail() throws ResourceException {
        MailManagedConnectionFactory factory = new MailManagedConnectionFactory();
        factory.setResourceAdapter(adapter);
        factory.setHost("localhost");
        factory.setPort(settings.imapPort());
        factory.setSsl(false);
        factory.setAllowPlaintext(true);
        factory.setUser(MASTER);
        factory.setPassword(MASTER_PASSWORD);
        factory.setDirectoryUrl(settings.mailDirectory().url().tcpUrl());
        factory.setDirectoryUser(settings.mailDirectory().user());
        factory.setDirectoryPassword(settings.mailDirectory().password());
        return (MailConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }

    private HelpdeskConnection helpdesk() throws ResourceException {
        HelpdeskManagedConnectionFactory factory = new HelpdeskManagedConnectionFactory();
        factory.setJdbcUrl(settings.helpdesk().url().tcpUrl());
        factory.setUser(settings.helpdesk().user());
        factory.setPassword(settings.helpdesk().password());
        factory.setDataMapFile(Path.of("../config/helpdesk/datamap.json").toString());
        factory.setHashKey("demo-test-hash-key");
        return (HelpdeskConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }

    private static DemoBackendSettings.Login login(String url, String user) {
        return new DemoBackendSettings.Login(DemoDatabaseUrl.parse("test", url), user, user + "-password");
    }

    private static int count(Discovery discovery, String category) {
        return (int) discovery.records().stream()
                .filter(r -> r.category().equals(category))
                .count();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

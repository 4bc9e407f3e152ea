package org.privacyrights.connectors.adapter.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrights.connectors.adapter.testing.DirectorySink;
import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;

/** The help-desk connector against a real database seeded with the reference help desk. */
abstract class HelpdeskConnectorContract {

    static final Path CONFIG = Path.of(System.getProperty("privacy.config.dir", "../../config"));
    static final int USERS = 400;
    static final int TICKETS_PER_USER = 10;

    private HelpdeskFixture fixture;
    private HelpdeskManagedConnectionFactory factory;
    private final SubjectQuery subject = new SubjectQuery(
            Set.of(HelpdeskFixture.SUBJECT_EMAIL), Map.of("helpdesk", HelpdeskFixture.SUBJECT_CUSTOMER));

    abstract HelpdeskFixture.Database database();

    @BeforeEach
    void seed() throws Exception {
        fixture = new HelpdeskFixture(database()).create(CONFIG, USERS, TICKETS_PER_USER);
        factory = new HelpdeskManagedConnectionFactory();
        factory.setJdbcUrl(fixture.jdbcUrl());
        factory.setUser(fixture.user());
        factory.setPassword("");
        factory.setDataMapFile(CONFIG.resolve("helpdesk/datamap.json").toString());
        factory.setHashKey("test-hash-key-0123456789");
    }

    @AfterEach
    void drop() throws Exception {
        fixture.close();
    }

    @Test
    void discoveryFindsTheSubjectsRowsInEveryTableAndNoLookAlike() throws Exception {
        try (HelpdeskConnection helpdesk = connect()) {
            Map<String, Long> counts = helpdesk.discover(subject).countsByCategoryAndLocation();

            assertThat(counts)
                    .containsEntry("helpdesk.account @ portal_user", 1L)
                    .containsEntry("helpdesk.ticket @ ticket", (long) fixture.subjectTickets)
                    .containsEntry("helpdesk.ticket-message @ ticket_message", (long) fixture.subjectMessages)
                    .containsEntry("helpdesk.attachment @ attachment", (long) fixture.subjectAttachments)
                    .containsEntry("helpdesk.chat @ live_chat", (long) fixture.subjectChats)
                    .containsEntry("helpdesk.chat-transcript @ chat_message", (long) fixture.subjectChatMessages)
                    .containsEntry("helpdesk.kb-comment @ kb_comment", (long) fixture.subjectComments);
            assertThat(helpdesk.discover(SubjectQuery.byEmail("someone@nowhere.test"))
                            .isEmpty())
                    .isTrue();
            // By customer number alone, the chat started before signing in (known by its address only) is not found.
            assertThat(helpdesk.discover(
                                    new SubjectQuery(Set.of(), Map.of("helpdesk", HelpdeskFixture.SUBJECT_CUSTOMER)))
                            .countsByCategoryAndLocation())
                    .containsEntry("helpdesk.ticket @ ticket", (long) fixture.subjectTickets)
                    .containsEntry("helpdesk.chat @ live_chat", fixture.subjectChats - 1L);
        }
    }

    @Test
    void aCustomerNumberIsProvenThroughTheAddressOnFileForIt() throws Exception {
        try (HelpdeskConnection helpdesk = connect()) {
            assertThat(helpdesk.addressesOnFile(HelpdeskFixture.SUBJECT_CUSTOMER))
                    .containsExactly("ada.lovelace@example.org");
            assertThat(helpdesk.addressesOnFile("C-0000")).isEmpty();
            assertThat(helpdesk.addressesOnFile("C-1815' OR '1'='1")).isEmpty();
        }
    }

    @Test
    void exportWritesJsonCsvAndAttachmentsWithFormulasNeutralised(@TempDir Path target) throws Exception {
        ExportResult result;
        try (HelpdeskConnection helpdesk = connect()) {
            result = helpdesk.export(subject, new DirectorySink(target));
        }
        try (var written = Files.walk(target)) {
            assertThat(result.files())
                    .as("the files the export reports are those it wrote")
                    .isEqualTo(written.filter(Files::isRegularFile).count());
        }
        String ticketsCsv = Files.readString(target.resolve("helpdesk/ticket.csv"), StandardCharsets.UTF_8);
        assertThat(ticketsCsv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(Files.readString(target.resolve("helpdesk/chat_message.csv")))
                .contains("'-Hello");
        String ticketsJson = Files.readString(target.resolve("helpdesk/ticket.json"), StandardCharsets.UTF_8);
        assertThat(ticketsJson).contains("=HYPERLINK").contains("Größe");
        try (var files = Files.list(target.resolve("helpdesk/attachment"))) {
            assertThat(files.count()).isEqualTo(fixture.subjectAttachments);
        }
        assertThat(ticketsCsv.lines().count()).isEqualTo(fixture.subjectTickets + 1L);
    }

    @Test
    void erasureKeepsWhatIsUnderALegalHoldAndRemovesTheRest() throws Exception {
        ErasurePolicy holdTickets =
                new ErasurePolicy(Map.of("helpdesk.ticket", "invoices: commercial code, 10 years"), Set.of());
        long othersBefore = fixture.count("SELECT COUNT(*) FROM ticket_message");

        try (HelpdeskConnection helpdesk = connect()) {
            OperationReport report = helpdesk.erase(subject, holdTickets);

            assertThat(report.kept()).hasSize(fixture.subjectTickets);
            assertThat(report.kept().get(0).detail()).contains("commercial code");
            assertThat(report.countsByAction()).containsEntry(Action.ANONYMISED, 1L + fixture.subjectComments);
            Discovery after = helpdesk.discover(subject);
            assertThat(after.countsByCategoryAndLocation()).isEmpty();
            assertThat(fixture.count("SELECT COUNT(*) FROM ticket_message"))
                    .isEqualTo(othersBefore - fixture.subjectMessages);
            assertThat(fixture.count("SELECT COUNT(*) FROM portal_user WHERE email LIKE 'hmac-sha256:%'"))
                    .isEqualTo(1);

            OperationReport again = helpdesk.erase(subject, holdTickets);
            assertThat(again.countsByAction()).doesNotContainKeys(Action.ERASED, Action.ANONYMISED);
        }
    }

    @Test
    void erasureOfEverythingLeavesNothingFindableAndOthersUntouched() throws Exception {
        long otherUsers = fixture.count("SELECT COUNT(*) FROM portal_user") - 1;
        long otherTickets = fixture.count("SELECT COUNT(*) FROM ticket") - fixture.subjectTickets;

        try (HelpdeskConnection helpdesk = connect()) {
            helpdesk.erase(subject, ErasurePolicy.eraseAll());

            assertThat(helpdesk.discover(subject).isEmpty()).isTrue();
        }
        assertThat(fixture.count("SELECT COUNT(*) FROM ticket")).isEqualTo(otherTickets);
        assertThat(fixture.count("SELECT COUNT(*) FROM portal_user WHERE email NOT LIKE 'hmac-sha256:%'"))
                .isEqualTo(otherUsers);
        assertThat(fixture.count("SELECT COUNT(*) FROM live_chat WHERE visitor_email LIKE '%evil.test'"))
                .isEqualTo(1);
    }

    @Test
    void rectificationAndDeactivationChangeThePortalUserOnce() throws Exception {
        try (HelpdeskConnection helpdesk = connect()) {
            assertThat(helpdesk.rectify(subject, "displayName", "Augusta Ada King")
                            .countsByAction())
                    .containsEntry(Action.RECTIFIED, 1L);
            assertThat(helpdesk.rectify(subject, "displayName", "Augusta Ada King")
                            .countsByAction())
                    .containsEntry(Action.ALREADY_DONE, 1L);
            assertThat(helpdesk.restrict(subject, true).countsByAction()).containsEntry(Action.RESTRICTED, 1L);
            assertThat(helpdesk.restrict(subject, true).countsByAction()).containsEntry(Action.ALREADY_DONE, 1L);
            assertThatThrownBy(() -> helpdesk.rectify(subject, "password", "x"))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("displayName");
        }
        assertThat(
                        fixture.count(
                                "SELECT COUNT(*) FROM portal_user WHERE display_name = 'Augusta Ada King' AND is_active = FALSE"))
                .isEqualTo(1);
    }

    @Test
    void aConnectionDroppedMidExportIsATransientErrorAndARerunCompletes(@TempDir Path target) throws Exception {
        HelpdeskManagedConnection managed = (HelpdeskManagedConnection) factory.createManagedConnection(null, null);
        String backend = backendId(managed.jdbc());
        ExportSink killingSink = new ExportSink() {
            private final DirectorySink files = new DirectorySink(target.resolve("first"));
            private int opened;

            @Override
            public OutputStream open(String path, String mediaType) throws IOException {
                if (++opened == 3) {
                    killBackend(backend);
                }
                return files.open(path, mediaType);
            }
        };
        try (HelpdeskConnection helpdesk = (HelpdeskConnection) managed.getConnection(null, null)) {
            assertThatThrownBy(() -> helpdesk.export(subject, killingSink))
                    .isInstanceOf(ConnectorException.class)
                    .satisfies(e ->
                            assertThat(((ConnectorException) e).isTransient()).isTrue());
        }
        assertThat(managed.isUsable()).isFalse();

        try (HelpdeskConnection helpdesk = connect()) {
            helpdesk.export(subject, new DirectorySink(target.resolve("second")));
        }
        assertThat(Files.readString(target.resolve("second/helpdesk/ticket.csv"))
                        .lines()
                        .count())
                .isEqualTo(fixture.subjectTickets + 1L);
    }

    @Test
    void aContainerLocalTransactionRollsTheChangeBackAndIsReportedByEvents() throws Exception {
        HelpdeskManagedConnection managed = (HelpdeskManagedConnection) factory.createManagedConnection(null, null);
        List<Integer> events = new ArrayList<>();
        managed.addConnectionEventListener(new RecordingListener(events));
        try (HelpdeskConnection helpdesk = (HelpdeskConnection) managed.getConnection(null, null)) {
            managed.getLocalTransaction().begin();
            helpdesk.rectify(subject, "displayName", "Rolled Back");
            managed.getLocalTransaction().rollback();

            managed.getLocalTransaction().begin();
            helpdesk.rectify(subject, "displayName", "Committed");
            managed.getLocalTransaction().commit();
        }
        assertThat(events)
                .containsExactly(
                        ConnectionEvent.LOCAL_TRANSACTION_STARTED,
                        ConnectionEvent.LOCAL_TRANSACTION_ROLLEDBACK,
                        ConnectionEvent.LOCAL_TRANSACTION_STARTED,
                        ConnectionEvent.LOCAL_TRANSACTION_COMMITTED,
                        ConnectionEvent.CONNECTION_CLOSED);
        assertThat(fixture.count("SELECT COUNT(*) FROM portal_user WHERE display_name = 'Rolled Back'"))
                .isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM portal_user WHERE display_name = 'Committed'"))
                .isEqualTo(1);
    }

    private record RecordingListener(List<Integer> events) implements ConnectionEventListener {

        @Override
        public void connectionClosed(ConnectionEvent event) {
            events.add(event.getId());
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
            events.add(event.getId());
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
            events.add(event.getId());
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
            events.add(event.getId());
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            events.add(event.getId());
        }
    }

    private String backendId(Connection jdbc) throws Exception {
        String query =
                switch (database()) {
                    case POSTGRESQL -> "SELECT pg_backend_pid()";
                    case MARIADB -> "SELECT CONNECTION_ID()";
                    case H2 -> "SELECT SESSION_ID()";
                };
        try (Statement statement = jdbc.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private void killBackend(String backend) throws IOException {
        String kill =
                switch (database()) {
                    case POSTGRESQL -> "SELECT pg_terminate_backend(" + backend + ")";
                    case MARIADB -> "KILL " + backend;
                    case H2 -> "CALL ABORT_SESSION(" + backend + ")";
                };
        try (Connection admin = fixture.connect();
                Statement statement = admin.createStatement()) {
            statement.execute(kill);
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }

    private HelpdeskConnection connect() throws Exception {
        return (HelpdeskConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }
}

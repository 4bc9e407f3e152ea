package org.privacyrights.connectors.adapter.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacyrights.connectors.adapter.testing.ForeignHelpdeskFixture.SUBJECT;

import jakarta.resource.spi.InvalidPropertyException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrights.connectors.adapter.testing.DirectorySink;
import org.privacyrights.connectors.adapter.testing.ForeignHelpdeskFixture;
import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;

/**
 * The help-desk connector on a schema it was not written for, driven only by a data map: the person found through a
 * table of addresses, rows reached along join paths of several hops and by two paths, base64 files, invoices held for
 * ten years, cases handed to a placeholder person.
 */
abstract class ForeignHelpdeskContract {

    static final Path MAP = Path.of("src/test/resources/helpdesk-foreign/datamap.json");
    static final int PEOPLE = 60;

    private static final String CASES = "(SELECT id FROM support_case WHERE customer_id = " + SUBJECT + ")";
    private static final String MESSAGES = "(SELECT id FROM message WHERE sender_person_id = " + SUBJECT
            + " UNION SELECT message_id FROM case_entry WHERE case_id IN " + CASES + ")";
    /** What the subject's rows are, written by hand in SQL: the data map must reach exactly these. */
    private static final Map<String, String> SUBJECT_ROWS = subjectRows();

    private ForeignHelpdeskFixture fixture;
    private HelpdeskManagedConnectionFactory factory;
    private final SubjectQuery subject = new SubjectQuery(
            Set.of(ForeignHelpdeskFixture.SUBJECT_PRIMARY, ForeignHelpdeskFixture.SUBJECT_SECONDARY),
            Map.of("helpdesk", ForeignHelpdeskFixture.SUBJECT_CUSTOMER));

    abstract HelpdeskFixture.Database database();

    private static Map<String, String> subjectRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("crm.person @ crm_person", "SELECT COUNT(*) FROM crm_person WHERE pid = " + SUBJECT);
        rows.put("crm.address @ person_address", "SELECT COUNT(*) FROM person_address WHERE person_id = " + SUBJECT);
        rows.put("crm.login @ portal_login", "SELECT COUNT(*) FROM portal_login WHERE person_id = " + SUBJECT);
        rows.put("helpdesk.case @ support_case", "SELECT COUNT(*) FROM support_case WHERE customer_id = " + SUBJECT);
        rows.put("helpdesk.case-entry @ case_entry", "SELECT COUNT(*) FROM case_entry WHERE case_id IN " + CASES);
        rows.put("helpdesk.message @ message", "SELECT COUNT(*) FROM message WHERE id IN " + MESSAGES);
        rows.put("helpdesk.attachment @ attachment", "SELECT COUNT(*) FROM attachment WHERE message_id IN " + MESSAGES);
        rows.put(
                "helpdesk.chat @ chat",
                "SELECT COUNT(*) FROM chat WHERE lower(visitor_email) IN ('grace.hopper@example.org', 'grace@navy.example')");
        rows.put("billing.invoice @ invoice", "SELECT COUNT(*) FROM invoice WHERE person_id = " + SUBJECT);
        return rows;
    }

    @BeforeEach
    void seed() throws Exception {
        fixture = new ForeignHelpdeskFixture(database()).create(PEOPLE);
        factory = factory(MAP);
    }

    @AfterEach
    void drop() throws Exception {
        fixture.close();
    }

    @Test
    void discoveryFindsExactlyTheSubjectsRowsEachOnce() throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (var table : SUBJECT_ROWS.entrySet()) {
            expected.put(table.getKey(), fixture.count(table.getValue()));
        }
        try (HelpdeskConnection helpdesk = connect()) {
            Discovery found = helpdesk.discover(subject);

            assertThat(found.countsByCategoryAndLocation()).isEqualTo(expected);
            assertThat(found.records().stream().map(RecordRef::id).distinct().count())
                    .as("each row once, though messages are reached two ways")
                    .isEqualTo(found.records().size());
            assertThat(expected.get("helpdesk.message @ message"))
                    .as("staff messages are reached through the case only")
                    .isGreaterThan(fixture.count("SELECT COUNT(*) FROM message WHERE sender_person_id = " + SUBJECT));

            Discovery bySecondaryAddress =
                    helpdesk.discover(SubjectQuery.byEmail(ForeignHelpdeskFixture.SUBJECT_SECONDARY));
            assertThat(bySecondaryAddress.countsByCategoryAndLocation())
                    .containsEntry("crm.person @ crm_person", 1L)
                    .containsEntry("helpdesk.chat @ chat", 1L)
                    .containsEntry("helpdesk.message @ message", expected.get("helpdesk.message @ message"));
            assertThat(helpdesk.discover(SubjectQuery.byEmail("grace@navy.example.evil"))
                            .isEmpty())
                    .isTrue();
        }
    }

    @Test
    void exportDecodesBase64AttachmentsIntoTheFilesTheyEncode(@TempDir Path target) throws Exception {
        try (HelpdeskConnection helpdesk = connect()) {
            helpdesk.export(subject, new DirectorySink(target));
        }
        Map<String, byte[]> exported = new HashMap<>();
        try (var files = Files.list(target.resolve("helpdesk/attachment"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                exported.put(name.substring(name.indexOf('-') + 1), Files.readAllBytes(file));
            }
        }
        assertThat(exported.keySet()).isEqualTo(fixture.subjectFiles.keySet());
        fixture.subjectFiles.forEach(
                (name, content) -> assertThat(exported.get(name)).as(name).isEqualTo(content));
        assertThat(Files.readString(target.resolve("helpdesk/message.json"), StandardCharsets.UTF_8))
                .contains("Staff reply")
                .contains("A note outside any case from " + SUBJECT);
    }

    @Test
    void erasureChangesOnlyTheSubjectsRowsAndReportsHoldsWithTheirGround() throws Exception {
        Map<String, Set<String>> subjectKeys;
        Map<String, Map<String, String>> before = new HashMap<>();
        long placeholderCases = fixture.count("SELECT COUNT(*) FROM support_case WHERE customer_id = 0");
        long subjectCases = fixture.count("SELECT COUNT(*) FROM support_case WHERE customer_id = " + SUBJECT);
        try (HelpdeskConnection helpdesk = connect()) {
            subjectKeys = helpdesk.discover(subject).records().stream()
                    .collect(Collectors.groupingBy(
                            RecordRef::location,
                            Collectors.mapping(
                                    r -> r.id().substring(r.id().lastIndexOf(':') + 1), Collectors.toSet())));
            for (String table : ForeignHelpdeskFixture.TABLES) {
                before.put(table, fixture.rowChecksums(table));
            }

            OperationReport report = helpdesk.erase(subject, ErasurePolicy.eraseAll());

            List<RecordOutcome> kept = report.kept();
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0).recordId()).startsWith("helpdesk:invoice:");
            assertThat(kept.get(0).detail()).contains("commercial and tax law").contains("kept until 2035-06-01");
            assertThat(report.outcomes().stream()
                            .filter(o -> o.recordId().startsWith("helpdesk:invoice:") && o.action() == Action.ERASED)
                            .count())
                    .as("the invoice past its retention end is erased")
                    .isEqualTo(1);
            assertThat(report.outcomes().stream()
                            .map(RecordOutcome::recordId)
                            .distinct()
                            .count())
                    .isEqualTo(report.outcomes().size());
            assertThat(report.countsByAction()).doesNotContainKey(Action.ALREADY_DONE);

            for (String table : ForeignHelpdeskFixture.TABLES) {
                Map<String, String> others = new HashMap<>(before.get(table));
                Map<String, String> after = new HashMap<>(fixture.rowChecksums(table));
                others.keySet().removeAll(subjectKeys.getOrDefault(table, Set.of()));
                after.keySet().removeAll(subjectKeys.getOrDefault(table, Set.of()));
                assertThat(after).as("other people's rows in " + table).isEqualTo(others);
            }
            assertThat(fixture.count("SELECT COUNT(*) FROM support_case WHERE customer_id = 0"))
                    .as("the cases are handed to the placeholder person")
                    .isEqualTo(placeholderCases + subjectCases);
            assertThat(fixture.count("SELECT COUNT(*) FROM crm_person WHERE pid = " + SUBJECT
                            + " AND newsletter = FALSE AND customer_no IS NULL AND primary_email LIKE 'hmac-sha256:%'"))
                    .as("the person, kept for the held invoice, is anonymised; the NOT NULL flag is set")
                    .isEqualTo(1);
            assertThat(fixture.count("SELECT COUNT(*) FROM message WHERE id IN " + MESSAGES))
                    .isZero();

            Map<String, Map<String, String>> afterFirst = new HashMap<>();
            for (String table : ForeignHelpdeskFixture.TABLES) {
                afterFirst.put(table, fixture.rowChecksums(table));
            }
            OperationReport again = helpdesk.erase(subject, ErasurePolicy.eraseAll());
            assertThat(again.countsByAction()).doesNotContainKeys(Action.ERASED, Action.ANONYMISED);
            for (String table : ForeignHelpdeskFixture.TABLES) {
                assertThat(fixture.rowChecksums(table)).as(table).isEqualTo(afterFirst.get(table));
            }
        }
    }

    @Test
    void aDeleteThatHitsNoRowIsReportedAsNothingDeleted() throws Exception {
        HelpdeskManagedConnection managed = (HelpdeskManagedConnection) factory.createManagedConnection(null, null);
        try {
            DataMap map = factory.dataMap();
            DataMap.Entity chat = map.entity("chat");
            Set<Object> keys = new HashSet<>(
                    managed.operations().locate(managed.jdbc(), subject).get(chat));
            Object present = keys.iterator().next();
            List<RecordOutcome> outcomes = managed.operations().delete(managed.jdbc(), chat, Set.of(present, -42L));

            assertThat(outcomes)
                    .extracting(RecordOutcome::recordId, RecordOutcome::action)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("helpdesk:chat:" + present, Action.ERASED),
                            org.assertj.core.groups.Tuple.tuple("helpdesk:chat:-42", Action.ALREADY_DONE));
        } finally {
            managed.destroy();
        }
    }

    @Test
    void correctionAndDeactivationReachColumnsOutsideThePersonsTable() throws Exception {
        try (HelpdeskConnection helpdesk = connect()) {
            assertThat(helpdesk.rectify(subject, "phone", "+1 555 0199").countsByAction())
                    .containsEntry(Action.RECTIFIED, 1L);
            assertThat(helpdesk.rectify(subject, "phone", "+1 555 0199").countsByAction())
                    .containsEntry(Action.ALREADY_DONE, 1L);
            assertThat(helpdesk.restrict(subject, true).countsByAction()).containsEntry(Action.RESTRICTED, 1L);
            assertThat(helpdesk.restrict(subject, true).countsByAction()).containsEntry(Action.ALREADY_DONE, 1L);
        }
        assertThat(fixture.count("SELECT COUNT(*) FROM portal_login WHERE login_enabled = FALSE"))
                .isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM portal_login WHERE person_id = " + SUBJECT
                        + " AND phone = '+1 555 0199' AND login_enabled = FALSE"))
                .isEqualTo(1);
    }

    @Test
    void aMapNamingAColumnTheDatabaseLacksRefusesToStartAndNamesIt(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("datamap.json");
        Files.writeString(
                wrong,
                Files.readString(MAP).replace("\"from\": \"issued_on\"", "\"from\": \"issued_at\""),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> factory(wrong).createManagedConnection(null, null))
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("entity 'invoice'.hold.from: no column 'issued_at' in table 'invoice'");
    }

    @Test
    void aMapWithAnEntityNothingReachesRefusesToStartAndNamesIt(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("datamap.json");
        Files.writeString(
                wrong,
                Files.readString(MAP)
                        .replace(
                                "\"links\": [{ \"parent\": \"person\", \"column\": \"person_id\" }],\n      \"category\": \"billing.invoice\"",
                                "\"category\": \"billing.invoice\""),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> factory(wrong).createManagedConnection(null, null))
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("Entity 'invoice' cannot be reached from the subject");
    }

    private HelpdeskManagedConnectionFactory factory(Path map) {
        HelpdeskManagedConnectionFactory created = new HelpdeskManagedConnectionFactory();
        created.setJdbcUrl(fixture.jdbcUrl());
        created.setUser(fixture.user());
        created.setPassword("");
        created.setDataMapFile(map.toString());
        created.setHashKey("test-hash-key-0123456789");
        return created;
    }

    private HelpdeskConnection connect() throws Exception {
        return (HelpdeskConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }
}

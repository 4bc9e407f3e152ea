package org.privacyrights.connectors.adapter.dav;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrights.connectors.adapter.testing.DavFixture;
import org.privacyrights.connectors.adapter.testing.DirectorySink;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.dav.DavCategories;
import org.privacyrights.connectors.api.dav.DavConnection;

/** The DAV connector against a real Radicale. */
class DavConnectorIT {

    private DavFixture fixture;
    private DavManagedConnectionFactory factory;
    private SubjectQuery subject;

    @BeforeEach
    void createCollections() throws Exception {
        fixture = new DavFixture().create();
        subject = SubjectQuery.byEmail(fixture.subject);
        factory = new DavManagedConnectionFactory();
        factory.setBaseUrl(DavFixture.BASE);
        factory.setUser(DavFixture.USER);
        factory.setPassword(DavFixture.PASSWORD);
    }

    @AfterEach
    void dropCollections() throws Exception {
        fixture.drop();
    }

    @Test
    void discoveryFindsOwnCollectionsAndExactMatchesElsewhere() throws Exception {
        try (DavConnection dav = connect()) {
            Discovery found = dav.discover(subject);

            assertThat(count(found, DavCategories.OWN_CONTACT)).isEqualTo(fixture.ownContacts);
            assertThat(count(found, DavCategories.OWN_EVENT)).isEqualTo(fixture.ownEvents);
            assertThat(count(found, DavCategories.CONTACT)).isEqualTo(fixture.contactsElsewhere);
            assertThat(count(found, DavCategories.EVENT)).isEqualTo(fixture.eventsElsewhere);
            assertThat(found.records()).noneMatch(r -> r.id().contains("nada") || r.id().contains("lookalike"));
            assertThat(dav.checkHealth().up()).isTrue();
        }
    }

    @Test
    void aScopedExportLeavesOutOtherPeoplesAddressBooksAndCalendars(@TempDir Path target) throws Exception {
        try (DavConnection dav = connect()) {
            dav.export(
                    subject,
                    new DirectorySink(target),
                    new ExportScope(java.util.Set.of(DavCategories.CONTACT, DavCategories.EVENT)));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(target)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files.stream().filter(p -> p.toString().endsWith(".vcf"))).hasSize(fixture.ownContacts);
        assertThat(files.stream().filter(p -> p.toString().endsWith(".ics"))).hasSize(fixture.ownEvents);
    }

    @Test
    void exportWritesVcfAndIcsFiles(@TempDir Path target) throws Exception {
        try (DavConnection dav = connect()) {
            dav.export(subject, new DirectorySink(target));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(target)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files.stream().filter(p -> p.toString().endsWith(".vcf")))
                .hasSize(fixture.ownContacts + fixture.contactsElsewhere);
        assertThat(files.stream().filter(p -> p.toString().endsWith(".ics")))
                .hasSize(fixture.ownEvents + fixture.eventsElsewhere);
        Path adaCard = files.stream()
                .filter(p -> p.getFileName().toString().equals("ada.vcf"))
                .findFirst()
                .orElseThrow();
        assertThat(Ezvcard.parse(Files.readString(adaCard))
                        .first()
                        .getFormattedName()
                        .getValue())
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void erasureDeletesWhatThePolicyAllowsAndIsRepeatable() throws Exception {
        ErasurePolicy keepOthersEvents = new ErasurePolicy(Map.of(DavCategories.EVENT, "meeting records"), Set.of());
        try (DavConnection dav = connect()) {
            OperationReport report = dav.erase(subject, keepOthersEvents);

            assertThat(report.countsByAction())
                    .containsEntry(
                            Action.ERASED, (long) fixture.ownContacts + fixture.ownEvents + fixture.contactsElsewhere)
                    .containsEntry(Action.KEPT, (long) fixture.eventsElsewhere);
            assertThat(dav.discover(subject).records())
                    .allMatch(r -> r.category().equals(DavCategories.EVENT));
            assertThat(dav.erase(subject, keepOthersEvents).countsByAction()).doesNotContainKey(Action.ERASED);

            dav.erase(subject, ErasurePolicy.eraseAll());
            assertThat(dav.discover(subject).isEmpty()).isTrue();
            assertThat(dav.discover(SubjectQuery.byEmail(fixture.colleagues.get(0)))
                            .isEmpty())
                    .isFalse();
        }
    }

    @Test
    void rectificationRenamesTheSubjectsCardsElsewhereOnce() throws Exception {
        try (DavConnection dav = connect()) {
            assertThat(dav.rectify(subject, "displayName", "Augusta Ada King").countsByAction())
                    .containsEntry(Action.RECTIFIED, (long) fixture.contactsElsewhere);
            assertThat(dav.rectify(subject, "displayName", "Augusta Ada King").countsByAction())
                    .containsEntry(Action.ALREADY_DONE, (long) fixture.contactsElsewhere);
            assertThat(dav.restrict(subject, true).outcomes()).isEmpty();
        }
    }

    private DavConnection connect() throws Exception {
        return (DavConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }

    private static long count(Discovery discovery, String category) {
        return discovery.records().stream()
                .filter(r -> r.category().equals(category))
                .count();
    }
}

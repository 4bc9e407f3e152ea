package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyrights.connectors.adapter.PrivacyResourceAdapter;
import org.privacyrights.connectors.adapter.testing.DirectorySink;
import org.privacyrights.connectors.adapter.testing.MailAppearances;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.FindingStrength;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailCategories;
import org.privacyrights.connectors.api.mail.MailConnection;

/** The mail connector against a real Dovecot (IMAP, master user) and its PostgreSQL user database. */
class MailConnectorIT {

    private static final int COLLEAGUES = 6;
    private static final int MESSAGES_PER_MAILBOX = 120;

    private MailFixture fixture;
    private MailManagedConnectionFactory factory;
    private final TestBootstrapContext container = new TestBootstrapContext();
    private final PrivacyResourceAdapter adapter = new PrivacyResourceAdapter();
    private SubjectQuery subject;

    @BeforeEach
    void generateMailSystem() throws Exception {
        fixture = new MailFixture().create(COLLEAGUES, MESSAGES_PER_MAILBOX, 1, true);
        subject = SubjectQuery.byEmail(fixture.subject);
        adapter.start(container);
        factory = factoryFor(fixture);
    }

    private MailManagedConnectionFactory factoryFor(MailFixture fixture) {
        MailManagedConnectionFactory factory = new MailManagedConnectionFactory();
        // As in a container: the factory belongs to a started adapter, so discovery searches mailboxes side by side.
        factory.setResourceAdapter(adapter);
        factory.setSearchSessions(3);
        factory.setHost(TestServices.IMAP_HOST);
        factory.setPort(fixture.port);
        factory.setFullTextIndex(fixture.port == TestServices.IMAP_FTS_PORT);
        factory.setSsl(false);
        factory.setAllowPlaintext(true);
        factory.setUser(TestServices.MASTER_USER);
        factory.setPassword(TestServices.MASTER_PASSWORD);
        factory.setDirectoryUrl(TestServices.MAIL_DATABASE_URL);
        factory.setDirectoryUser(TestServices.POSTGRES_USER);
        // This run's mailboxes only: other runs' leftovers stay out of the counts.
        factory.setMailboxesQuery(
                "SELECT email FROM mail_user WHERE email LIKE '%@" + fixture.domain + "' ORDER BY email");
        return factory;
    }

    @AfterEach
    void dropMailSystem() throws Exception {
        adapter.stop();
        container.close();
        fixture.drop();
    }

    /** With whole-address matching the server's SEARCH decides; without, every candidate's envelope does. */
    @ParameterizedTest(name = "search matches whole addresses: {0}")
    @ValueSource(booleans = {false, true})
    void discoveryFindsEveryMessageNamingTheSubjectAndNoLookAlike(boolean wholeAddresses) throws Exception {
        factory.setSearchMatchesWholeAddresses(wholeAddresses);
        try (MailConnection mail = connect()) {
            Discovery found = mail.discover(subject);

            assertThat(count(found, MailCategories.OWN_MAILBOX)).isEqualTo(fixture.ownMessages);
            assertThat(count(found, MailCategories.OTHER_MAILBOX))
                    .isEqualTo(fixture.mentions.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            assertThat(count(found, MailCategories.ACCOUNT)).isEqualTo(1);
            assertThat(count(found, MailCategories.LIST_MEMBERSHIP)).isEqualTo(1);
            for (var mention : fixture.mentions.entrySet()) {
                assertThat(found.records().stream()
                                .filter(r -> r.location().startsWith(mention.getKey() + "/"))
                                .count())
                        .as(mention.getKey())
                        .isEqualTo(mention.getValue().longValue());
            }
            assertThat(found.records()).extracting(RecordRef::location).anyMatch(l -> l.endsWith("/Projects/2026"));
            assertThat(mail.discover(subject).records()).containsExactlyInAnyOrderElementsOf(found.records());
        }
    }

    /**
     * The contract: every kind of appearance found with its strength in every colleague's mailbox and the shared
     * one, and no look-alike, with and without the full-text index and in both search modes. Prints the recall table.
     */
    @ParameterizedTest(name = "full-text index: {0}, search matches whole addresses: {1}")
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void everyKindOfAppearanceIsFoundWithItsStrengthAndNoDecoy(boolean fullTextIndex, boolean wholeAddresses)
            throws Exception {
        MailFixture store = fullTextIndex ? new MailFixture().onFullTextIndex().create(2, 30, 1, true) : fixture;
        try {
            MailManagedConnectionFactory searched = factoryFor(store);
            searched.setSearchMatchesWholeAddresses(wholeAddresses);
            List<RecordRef> found;
            try (MailConnection mail = connect(searched)) {
                found = mail.discover(SubjectQuery.byEmail(store.subject)).records();
            }
            StringBuilder table = new StringBuilder("kind | strength | found/expected (FTS " + fullTextIndex
                    + ", whole addresses " + wholeAddresses + ")\n");
            int expected = store.appearanceMailboxes.size();
            for (var kind : MailAppearances.expectedKinds().entrySet()) {
                long hits = found.stream()
                        .filter(r -> r.location().endsWith("/Appearances/" + kind.getKey()))
                        .filter(r -> r.strength() == kind.getValue())
                        .count();
                table.append(kind.getKey())
                        .append(" | ")
                        .append(kind.getValue())
                        .append(" | ")
                        .append(hits)
                        .append('/')
                        .append(expected)
                        .append('\n');
            }
            for (String decoy : MailAppearances.decoyKinds()) {
                long reported = found.stream()
                        .filter(r -> r.location().endsWith("/Decoys/" + decoy))
                        .count();
                table.append("decoy ")
                        .append(decoy)
                        .append(" | reported ")
                        .append(reported)
                        .append('\n');
            }
            System.out.println(table);
            for (var kind : MailAppearances.expectedKinds().entrySet()) {
                assertThat(found)
                        .as(kind.getKey() + "\n" + table)
                        .filteredOn(r -> r.location().endsWith("/Appearances/" + kind.getKey()))
                        .hasSize(expected)
                        .allMatch(r -> r.strength() == kind.getValue());
            }
            assertThat(found).as(table.toString()).noneMatch(r -> r.location().contains("/Decoys/"));
            assertThat(found)
                    .filteredOn(r -> r.location().startsWith(store.shared + "/"))
                    .isNotEmpty()
                    .allMatch(r -> r.category().equals(MailCategories.OTHER_MAILBOX));
        } finally {
            if (store != fixture) {
                store.drop();
            }
        }
    }

    /** Proving support@ must not make the shared mailbox the subject's: not own, not exported whole, not deleted. */
    @Test
    void aSharedMailboxIsNeverTheSubjectsOwnEvenWhenItsAddressIsProven(@TempDir Path target) throws Exception {
        SubjectQuery withShared = SubjectQuery.byEmail(fixture.subject, fixture.shared);
        try (MailConnection mail = connect()) {
            Discovery found = mail.discover(withShared);
            assertThat(found.records())
                    .filteredOn(r -> r.location().startsWith(fixture.shared + "/"))
                    .isNotEmpty()
                    .allMatch(r -> r.category().equals(MailCategories.OTHER_MAILBOX));
            assertThat(found.records())
                    .filteredOn(r -> r.category().equals(MailCategories.ACCOUNT))
                    .extracting(RecordRef::id)
                    .containsExactly("account:" + fixture.subject);

            mail.export(withShared, new DirectorySink(target), new ExportScope(Set.of(MailCategories.OTHER_MAILBOX)));
            assertThat(target.resolve("mail/" + fixture.shared + ".mbox")).doesNotExist();

            mail.erase(withShared, new ErasurePolicy(Map.of(), Set.of(MailCategories.OTHER_MAILBOX)));
            assertThat(mail.mailboxes()).contains(fixture.shared).doesNotContain(fixture.subject);
            assertThat(mail.discover(withShared).records())
                    .filteredOn(r -> r.location().startsWith(fixture.shared + "/"))
                    .hasSameSizeAs(found.records().stream()
                            .filter(r -> r.location().startsWith(fixture.shared + "/"))
                            .toList());
        }
    }

    /**
     * The server refuses the expunge in one folder (an ACL without the expunge right): the erasure must fail and
     * name the message left, never report it erased.
     */
    @Test
    void aMessageTheServerRefusesToExpungeFailsTheErasureWithItsId() throws Exception {
        MailFixture store = new MailFixture().onFullTextIndex().create(2, 20, 1, true);
        String colleague = store.colleagues.get(0);
        Path folder = TestServices.DOVECOT_FTS_DIR.resolve("mail/" + store.domain + "/"
                + colleague.substring(0, colleague.indexOf('@')) + "/.Appearances.reply-to");
        Path acl = folder.resolve("dovecot-acl");
        try {
            assertThat(folder).isDirectory();
            // Every right of the owner but "e" (expunge): Dovecot then answers EXPUNGE with OK and keeps the mail.
            Files.writeString(acl, "owner lrwstipkxa\n");
            MailManagedConnectionFactory refused = factoryFor(store);
            SubjectQuery ada = SubjectQuery.byEmail(store.subject);
            try (MailConnection mail = connect(refused)) {
                String left = mail.discover(ada).records().stream()
                        .filter(r -> r.location().equals(colleague + "/Appearances/reply-to"))
                        .map(RecordRef::id)
                        .findFirst()
                        .orElseThrow();

                assertThatThrownBy(() -> mail.erase(ada, ErasurePolicy.eraseAll()))
                        .isInstanceOf(ConnectorException.class)
                        .hasMessageContaining("still there after the erasure")
                        .hasMessageContaining(left);
            }
            Files.delete(acl);
            try (MailConnection mail = connect(refused)) {
                mail.erase(ada, ErasurePolicy.eraseAll());
                assertThat(mail.discover(ada).records())
                        .noneMatch(r -> r.strength().erasedByDefault());
            }
        } finally {
            Files.deleteIfExists(acl);
            store.drop();
        }
    }

    /** A message that arrives while the erasure runs is found by the check that ends it, and erased. */
    @Test
    void aMessageDeliveredDuringTheErasureIsCaughtByTheCheck() throws Exception {
        long logStart = Files.exists(TestServices.dovecotLog()) ? Files.size(TestServices.dovecotLog()) : 0;
        CompletableFuture<OperationReport> erasure = CompletableFuture.supplyAsync(() -> {
            try (MailConnection mail = connect()) {
                return mail.erase(subject, ErasurePolicy.eraseAll());
            } catch (ConnectorException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        waitForFirstExpunge(logStart);
        Session session = Session.getInstance(new Properties());
        String colleague = fixture.colleagues.get(0);
        String late;
        Store store = fixture.connect(session, colleague);
        try {
            MailFixture.append(
                    session,
                    store,
                    "INBOX",
                    ("Message-ID: <late@" + fixture.domain + ">\r\nFrom: colleague@" + fixture.domain
                                    + "\r\nTo: " + colleague + "\r\nReply-To: " + fixture.subject
                                    + "\r\nSubject: late\r\n\r\nArrived during the erasure.\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(erasure)
                    .as("the erasure ended before the late message arrived")
                    .isNotDone();
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] arrived = inbox.search(new MessageIDTerm("<late@" + fixture.domain + ">"));
                assertThat(arrived).hasSize(1);
                UIDFolder uids = (UIDFolder) inbox;
                late = new ImapRecordId(colleague, "INBOX", uids.getUIDValidity(), uids.getUID(arrived[0])).toString();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }

        OperationReport report = erasure.get(120, TimeUnit.SECONDS);

        assertThat(report.outcomes()).contains(new RecordOutcome(late, Action.ERASED, "expunged"));
        try (MailConnection mail = connect()) {
            assertThat(mail.discover(subject).records())
                    .noneMatch(r -> r.strength().erasedByDefault())
                    .noneMatch(r -> r.id().equals(late));
        }
    }

    @Test
    void exportWritesEmlFilesAnMboxPerMailboxAndTheDirectoryRecords(@TempDir Path target) throws Exception {
        try (MailConnection mail = connect()) {
            long expectedMessages = mail.discover(subject).records().stream()
                    .filter(r -> r.category().startsWith("mail.message"))
                    .filter(r -> r.strength().exported())
                    .count();

            ExportResult result = mail.export(subject, new DirectorySink(target));

            List<Path> emls;
            try (Stream<Path> files = Files.walk(target)) {
                emls = files.filter(p -> p.toString().endsWith(".eml")).toList();
            }
            assertThat(emls).hasSize((int) expectedMessages);
            assertThat(result.records()).isEqualTo(expectedMessages + 2);
            Path ownEml = emls.stream()
                    .filter(p -> p.startsWith(target.resolve("mail/" + fixture.subject)))
                    .findFirst()
                    .orElseThrow();
            try (InputStream in = Files.newInputStream(ownEml)) {
                MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(parsed.getSubject()).contains("Größen & Maße ✓");
            }
            Path ownMbox = target.resolve("mail/" + fixture.subject + ".mbox");
            String mbox = Files.readString(ownMbox, StandardCharsets.UTF_8);
            assertThat(mbox.lines().filter(line -> line.startsWith("From ")).count())
                    .isEqualTo(fixture.ownMessages);
            assertThat(mbox).contains("\n>From the minutes of meeting");
            assertThat(Files.readString(target.resolve("mail/directory.json")))
                    .contains(fixture.subject)
                    .contains(fixture.list);
        }
    }

    @Test
    void aScopedExportLeavesOutColleaguesMailboxes(@TempDir Path target) throws Exception {
        try (MailConnection mail = connect()) {
            ExportResult result = mail.export(
                    subject, new DirectorySink(target), new ExportScope(Set.of(MailCategories.OTHER_MAILBOX)));

            List<Path> mboxes;
            try (Stream<Path> files = Files.walk(target)) {
                mboxes = files.filter(p -> p.toString().endsWith(".mbox")).toList();
            }
            assertThat(mboxes).containsExactly(target.resolve("mail/" + fixture.subject + ".mbox"));
            assertThat(result.records()).isEqualTo(fixture.ownMessages + 2L);
        }
    }

    @Test
    void erasureRemovesTheOwnMailboxAndKeepsWhatThePolicyKeeps() throws Exception {
        ErasurePolicy keepColleaguesMail = new ErasurePolicy(Map.of(), Set.of(MailCategories.OTHER_MAILBOX));
        try (MailConnection mail = connect()) {
            OperationReport report = mail.erase(subject, keepColleaguesMail);

            assertThat(report.countsByAction().get(Action.ERASED)).isEqualTo(fixture.ownMessages + 2L);
            assertThat(report.kept())
                    .hasSize(fixture.mentions.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            Discovery after = mail.discover(subject);
            assertThat(after.records()).allMatch(r -> r.category().equals(MailCategories.OTHER_MAILBOX));

            OperationReport again = mail.erase(subject, keepColleaguesMail);
            assertThat(again.countsByAction()).doesNotContainKey(Action.ERASED);
            assertThat(mail.discover(subject).records()).containsExactlyInAnyOrderElementsOf(after.records());
        }
    }

    @Test
    void erasureOfEverythingLeavesNothingErasableAndListsMentionsForADecision() throws Exception {
        try (MailConnection mail = connect()) {
            OperationReport report = mail.erase(subject, ErasurePolicy.eraseAll());

            List<RecordRef> left = mail.discover(subject).records();
            assertThat(left).noneMatch(r -> r.strength().erasedByDefault());
            assertThat(left).allMatch(r -> r.location().contains("/Appearances/"));
            assertThat(locations(left, FindingStrength.MENTIONED)).hasSize(mentionedKinds() * appearanceMailboxes());
            assertThat(report.awaitingDecision())
                    .extracting(RecordOutcome::recordId)
                    .containsExactlyInAnyOrderElementsOf(ids(left, FindingStrength.MENTIONED));
            assertThat(fixtureColleagueStillHasMail()).isTrue();
        }
    }

    /**
     * Reply-To and body mentions were left in place by the narrow search while the erasure reported success: the
     * addressed ones are erased now, the mentioned ones once staff decide on each, and a repeat says ALREADY_DONE.
     */
    @Test
    void messagesNamingTheSubjectOnlyInReplyToOrTheBodyAreErasedOrListedAndARepeatIsAlreadyDone() throws Exception {
        try (MailConnection mail = connect()) {
            OperationReport first = mail.erase(subject, ErasurePolicy.eraseAll());
            assertThat(first.outcomes())
                    .filteredOn(o -> o.action() == Action.ERASED)
                    .hasSizeGreaterThanOrEqualTo(fixture.ownMessages + addressedKinds() * appearanceMailboxes());
            List<RecordRef> afterFirst = mail.discover(subject).records();
            assertThat(afterFirst).noneMatch(r -> r.location().endsWith("/Appearances/reply-to"));

            Set<String> decided = Set.copyOf(ids(afterFirst, FindingStrength.MENTIONED));
            OperationReport second = mail.erase(subject, new ErasurePolicy(Map.of(), Set.of(), decided));
            assertThat(second.outcomes())
                    .filteredOn(o -> o.action() == Action.ERASED)
                    .extracting(RecordOutcome::recordId)
                    .containsExactlyInAnyOrderElementsOf(decided);
            // The name came from the account, which the first run deleted: what is left is found by name at most.
            assertThat(mail.discover(subject).records()).allMatch(r -> r.strength() == FindingStrength.POSSIBLE);

            OperationReport third = mail.erase(subject, ErasurePolicy.eraseAll());
            assertThat(third.countsByAction()).doesNotContainKey(Action.ERASED).containsKey(Action.ALREADY_DONE);
        }
    }

    @Test
    void aDisabledAccountCannotLogInAndAReEnabledOneCan() throws Exception {
        try (MailConnection mail = connect()) {
            assertThat(mail.setAccountsEnabled(subject, false).countsByAction()).containsEntry(Action.RESTRICTED, 1L);
            assertThatThrownBy(this::ownLogin).isInstanceOf(AuthenticationFailedException.class);
            assertThat(mail.setAccountsEnabled(subject, false).countsByAction()).containsEntry(Action.ALREADY_DONE, 1L);

            mail.setAccountsEnabled(subject, true);
            ownLogin();
        }
    }

    @Test
    void displayNameRestrictionAndListsChangeIdempotently() throws Exception {
        try (MailConnection mail = connect()) {
            assertThat(mail.rectify(subject, "displayName", "Augusta Ada King").countsByAction())
                    .containsEntry(Action.RECTIFIED, 1L);
            assertThat(mail.rectify(subject, "displayName", "Augusta Ada King").countsByAction())
                    .containsEntry(Action.ALREADY_DONE, 1L);
            assertThat(mail.restrict(subject, true).countsByAction()).containsEntry(Action.RESTRICTED, 1L);
            assertThat(mail.restrict(subject, false).countsByAction()).containsEntry(Action.RESTRICTION_LIFTED, 1L);
            assertThat(mail.unsubscribe(subject).countsByAction()).containsEntry(Action.ERASED, 1L);
            assertThat(mail.unsubscribe(subject).outcomes()).isEmpty();
            assertThatThrownBy(() -> mail.rectify(subject, "password", "x"))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("displayName");
        }
    }

    @Test
    void aServerKilledMidErasureGivesATransientErrorAndARerunFinishes() throws Exception {
        long logStart = Files.exists(TestServices.dovecotLog()) ? Files.size(TestServices.dovecotLog()) : 0;
        CompletableFuture<OperationReport> erasure = CompletableFuture.supplyAsync(() -> {
            try (MailConnection mail = connect()) {
                return mail.erase(subject, ErasurePolicy.eraseAll());
            } catch (ConnectorException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        waitForFirstExpunge(logStart);
        TestServices.killDovecot();
        try {
            assertThatThrownBy(() -> erasure.get(60, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ConnectorException.class)
                    .satisfies(e -> assertThat(((ConnectorException) e.getCause()).isTransient())
                            .as(e.getCause().getMessage())
                            .isTrue());
        } finally {
            // The other tests need the server, whatever this one found.
            TestServices.startDovecot();
        }
        try (MailConnection mail = connect()) {
            assertThat(mail.discover(subject).records())
                    .anyMatch(r -> r.strength().erasedByDefault());
            mail.erase(subject, ErasurePolicy.eraseAll());
            assertThat(mail.discover(subject).records())
                    .noneMatch(r -> r.strength().erasedByDefault());
        }
    }

    private void waitForFirstExpunge(long from) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(TestServices.dovecotLog())) {
                try (var channel = Files.newByteChannel(TestServices.dovecotLog())) {
                    channel.position(from);
                    String added = new String(Channels.readAll(channel), StandardCharsets.UTF_8);
                    if (added.contains("Info: expunge:")) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No expunge was logged within 12 s");
    }

    private boolean fixtureColleagueStillHasMail() throws Exception {
        try (MailConnection mail = connect()) {
            return !mail.discover(SubjectQuery.byEmail(fixture.colleagues.get(1)))
                    .records()
                    .isEmpty();
        }
    }

    private void ownLogin() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(TestServices.IMAP_HOST, TestServices.IMAP_PORT, fixture.subject, MailFixture.USER_PASSWORD);
        store.close();
    }

    private MailConnection connect() {
        return connect(factory);
    }

    private static MailConnection connect(MailManagedConnectionFactory factory) {
        try {
            return (MailConnection) factory.createManagedConnection(null, null).getConnection(null, null);
        } catch (jakarta.resource.ResourceException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int addressedKinds() {
        return (int) MailAppearances.expectedKinds().values().stream()
                .filter(s -> s == FindingStrength.ADDRESSED)
                .count();
    }

    private static int mentionedKinds() {
        return (int) MailAppearances.expectedKinds().values().stream()
                .filter(s -> s == FindingStrength.MENTIONED)
                .count();
    }

    private int appearanceMailboxes() {
        return fixture.appearanceMailboxes.size();
    }

    private static List<String> locations(List<RecordRef> records, FindingStrength strength) {
        return records.stream()
                .filter(r -> r.strength() == strength)
                .map(RecordRef::location)
                .toList();
    }

    private static List<String> ids(List<RecordRef> records, FindingStrength strength) {
        return records.stream()
                .filter(r -> r.strength() == strength)
                .map(RecordRef::id)
                .toList();
    }

    private static long count(Discovery discovery, String category) {
        return discovery.records().stream()
                .filter(r -> r.category().equals(category))
                .count();
    }

    /** Reads what a channel has from its position on. */
    private static final class Channels {
        static byte[] readAll(java.nio.channels.SeekableByteChannel channel) throws java.io.IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return out.toByteArray();
        }
    }
}

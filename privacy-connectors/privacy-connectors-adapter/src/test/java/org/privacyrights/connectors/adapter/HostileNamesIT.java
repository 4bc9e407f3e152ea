package org.privacyrights.connectors.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.privacyrights.connectors.adapter.dav.DavManagedConnectionFactory;
import org.privacyrights.connectors.adapter.mail.MailManagedConnectionFactory;
import org.privacyrights.connectors.adapter.testing.DavFixture;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.RecordingSink;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.dav.DavConnection;
import org.privacyrights.connectors.api.mail.MailConnection;

/**
 * Names people choose for their folders, address books, calendars, contacts and events, made hostile on a real
 * Dovecot and Radicale: each export file still gets a path of its own that is safe to unpack anywhere.
 */
class HostileNamesIT {

    private static final List<String> HOSTILE = List.of(
            "Work/2024",
            "Work_2024",
            "work:2024",
            "Work*2024",
            "\u202Egpj.exe",
            "tab\there",
            "del\u007fand\u0085next",
            "x%2F..%2F..%2F..%2Fetc",
            "CON",
            "long-" + "n".repeat(180));

    /** What Dovecot lets a user name a folder: no wildcards, no control or bidirectional characters. */
    private static final List<String> MAIL_FOLDERS = HOSTILE.stream()
            .filter(name -> name.chars()
                    .noneMatch(c -> c == '%'
                            || c == '*'
                            || Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT))
            .toList();

    @Test
    void mailFoldersWithHostileNamesExportToDistinctSafePaths() throws Exception {
        MailFixture fixture = new MailFixture().create(1, 0);
        TestBootstrapContext container = new TestBootstrapContext();
        PrivacyResourceAdapter adapter = new PrivacyResourceAdapter();
        adapter.start(container);
        try {
            for (String name : MAIL_FOLDERS) {
                appendToFolder(fixture.subject, name);
            }
            MailManagedConnectionFactory factory = new MailManagedConnectionFactory();
            factory.setResourceAdapter(adapter);
            factory.setHost(TestServices.IMAP_HOST);
            factory.setPort(TestServices.IMAP_PORT);
            factory.setSsl(false);
            factory.setAllowPlaintext(true);
            factory.setUser(TestServices.MASTER_USER);
            factory.setPassword(TestServices.MASTER_PASSWORD);
            factory.setDirectoryUrl(TestServices.MAIL_DATABASE_URL);
            factory.setDirectoryUser(TestServices.POSTGRES_USER);
            RecordingSink sink = new RecordingSink();
            try (MailConnection mail =
                    (MailConnection) factory.createManagedConnection(null, null).getConnection(null, null)) {
                mail.export(SubjectQuery.byEmail(fixture.subject), sink, ExportScope.ALL);
            }

            assertThat(sink.paths().stream().filter(path -> path.endsWith(".eml")))
                    .hasSize(MAIL_FOLDERS.size());
            assertDistinctAndSafe(sink.paths());
        } finally {
            adapter.stop();
            container.close();
            fixture.drop();
        }
    }

    @Test
    void addressBooksCalendarsContactsAndEventsWithHostileNamesExportToDistinctSafePaths() throws Exception {
        DavFixture fixture = new DavFixture().create();
        try {
            for (String name : HOSTILE) {
                if (!name.contains("/")) {
                    fixture.collectionsNamed(name, name);
                }
            }
            DavManagedConnectionFactory factory = new DavManagedConnectionFactory();
            factory.setBaseUrl(DavFixture.BASE);
            factory.setUser(DavFixture.USER);
            factory.setPassword(DavFixture.PASSWORD);
            RecordingSink sink = new RecordingSink();
            try (DavConnection dav =
                    (DavConnection) factory.createManagedConnection(null, null).getConnection(null, null)) {
                dav.export(SubjectQuery.byEmail(fixture.subject), sink, ExportScope.ALL);
            }

            assertThat(sink.paths())
                    .hasSize(fixture.ownContacts
                            + fixture.ownEvents
                            + fixture.contactsElsewhere
                            + fixture.eventsElsewhere);
            assertDistinctAndSafe(sink.paths());
        } finally {
            fixture.drop();
        }
    }

    /** Unique even where file systems ignore case; no way out of the archive; nothing a terminal or reader misreads. */
    static void assertDistinctAndSafe(List<String> paths) {
        assertThat(paths).isNotEmpty();
        assertThat(paths.stream().map(path -> path.toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
        assertThat(paths).allSatisfy(path -> {
            assertThat(path)
                    .doesNotStartWith("/")
                    .doesNotContain("..", "\\", "//")
                    .hasSizeLessThanOrEqualTo(240);
            assertThat(path.codePoints())
                    .noneMatch(
                            c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
            for (String segment : path.split("/")) {
                assertThat(segment).isNotBlank().hasSizeLessThanOrEqualTo(100);
                assertThat(segment.toUpperCase(Locale.ROOT).replaceAll("\\..*", ""))
                        .isNotIn("CON", "PRN", "AUX", "NUL");
            }
        });
    }

    private static void appendToFolder(String mailbox, String folderName) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(
                TestServices.IMAP_HOST,
                TestServices.IMAP_PORT,
                mailbox + "*" + TestServices.MASTER_USER,
                TestServices.MASTER_PASSWORD);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(mailbox));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("team@hostile.test"));
            message.setSubject("In " + folderName, "UTF-8");
            message.setText("Notes", "UTF-8");
            message.saveChanges();
            folder.appendMessages(new Message[] {message});
        } finally {
            store.close();
        }
    }
}

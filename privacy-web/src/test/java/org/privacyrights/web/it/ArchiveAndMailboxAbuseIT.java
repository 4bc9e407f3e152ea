package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.marketing.application.OneClickUnsubscribe;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.request.inbound.SetAsideMailView;
import org.privacyrights.request.inbound.SetAsideMails;
import org.privacyrights.verification.application.RateLimitedException;

/**
 * Attacks on what the platform does on its own once asked: replayed and flooded one-click unsubscribes (each used
 * to make a request and mail its owner), archives that could never be finished, and a mail in the privacy mailbox
 * that nobody can read.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveAndMailboxAbuseIT {

    private static final String ADMIN = "admin:it-admin-password";
    private static final String READY = "Your data is ready to download";
    private static final int UNSUBSCRIBES_PER_IP = 60;

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform(
                        "mail",
                        "java:app/privacy/unreachable",
                        "privacy.rate.unsubscribes-per-ip-per-hour=" + UNSUBSCRIBES_PER_IP,
                        "privacy.work.completion-attempts=3")
                .addClasses(MailFixture.class, TestServices.class, PrivacyMailbox.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    RequestService requests;

    @Inject
    RequestQueries queries;

    @Inject
    ExportStore exports;

    @Inject
    OneClickUnsubscribe unsubscribe;

    @Inject
    SetAsideMails setAside;

    @Inject
    RunAsRole.Dpo dpo;

    // ---- one-click unsubscribe ------------------------------------------------------------------------------

    /** Fifty replays of one link, all at once and once more later: one request, one set of mails. */
    @Test
    @RunAsClient
    void aReplayedUnsubscribeLinkChangesNothingAndSendsNothingEvenFiftyAtOnce() throws Exception {
        MailFixture mail = new MailFixture().create(1, 1);
        try {
            String token = unsubscribeToken(mail.subject);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> replays = new ArrayList<>();
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 50; i++) {
                replays.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return oneClick(client, token);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers =
                    replays.stream().map(CompletableFuture::join).toList();

            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
            List<String> ids = answers.stream()
                    .map(ItHttp::json)
                    .filter(answer -> answer.containsKey("id") && !answer.isNull("id"))
                    .map(answer -> answer.getString("id"))
                    .distinct()
                    .toList();
            assertThat(ids).as("one request, however many replays").hasSize(1);
            String id = ids.get(0);
            MailCatcher.awaitMail(mail.subject, "Your request " + id + " is complete", 1);

            HttpResponse<String> later = oneClick(client, token);
            assertThat(later.statusCode()).isEqualTo(200);
            assertThat(json(later).getString("status")).isEqualTo("ALREADY_UNSUBSCRIBED");
            assertThat(MailCatcher.inbox(mail.subject))
                    .as("every mail the subject got is about the one request")
                    .isNotEmpty()
                    .allSatisfy(received ->
                            assertThat(received.subject() + received.body()).contains(id));
        } finally {
            mail.drop();
        }
    }

    /** Links of one address, each new: after the limit, a 429 and no request, no mail. */
    @Test
    @RunAsClient
    void unsubscribesOfOneAddressAreLimitedWhateverTheLink() throws Exception {
        String address = "limited-" + UUID.randomUUID() + "@unsubscribe.test";
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(oneClick(client, unsubscribeToken(address)).statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429);
    }

    /** A flood from one IP address, of links good or bad, is cut off at the limit. */
    @Test
    void unsubscribesFromOneIpAddressAreLimited() {
        String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < UNSUBSCRIBES_PER_IP; i++) {
            assertThatThrownBy(() -> unsubscribe.unsubscribe("forged.token", ip, "flood"))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> unsubscribe.unsubscribe("forged.token", ip, "flood"))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> unsubscribe.unsubscribe("forged.token", "203.0.113.9", "another"))
                .as("another address is not held up")
                .isInstanceOf(InvalidInputException.class);
    }

    // ---- archives --------------------------------------------------------------------------------------------

    /** Folders whose names sanitise alike used to make a duplicate ZIP entry, and the archive was never finished. */
    @Test
    void foldersWhoseNamesLookAlikeInTheArchiveEachGetAnEntryAndTheRequestCompletes() throws Exception {
        MailFixture mail = new MailFixture().create(1, 0);
        try {
            List<String> folders = List.of("Work/2024", "Work_2024", "work:2024", "CON");
            for (String folder : folders) {
                append(mail.subject, folder, "Minutes of " + folder);
            }
            String id = approvedAccessRequest(mail.subject);

            MailCatcher.awaitMail(mail.subject, READY, 1);
            List<String> entries = new ArrayList<>();
            try (InputStream archive = exports.openArchive(id);
                    ZipInputStream zip = new ZipInputStream(archive)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.add(entry.getName());
                }
            }
            assertThat(entries).doesNotHaveDuplicates();
            assertThat(entries.stream().map(name -> name.toLowerCase(java.util.Locale.ROOT)))
                    .doesNotHaveDuplicates();
            assertThat(entries.stream().filter(name -> name.endsWith(".eml")))
                    .as("every message, one entry each")
                    .hasSize(folders.size());
            assertThat(entries).allSatisfy(name -> assertThat(name)
                    .doesNotContain("..", "\u202E", "\\")
                    .doesNotStartWith("/"));
        } finally {
            mail.drop();
        }
    }

    /** An archive that cannot be written is tried a few times, then the request is in error with the reason. */
    @Test
    void aCompletionThatKeepsFailingEndsInErrorWithItsReason() throws Exception {
        String address = "blocked-" + UUID.randomUUID() + "@archive.test";
        RequestReceipt receipt =
                requests.submit(new SubmitRequest(RequestType.ACCESS, address, null, Channel.PORTAL), null);
        // Where the finished archive goes stands a directory with something in it: every attempt fails.
        Path archives = Path.of(ConfigProvider.getConfig().getValue("privacy.export.dir", String.class))
                .resolve("archives");
        Files.createDirectories(archives.resolve(receipt.id() + ".zip.enc").resolve("in-the-way"));
        dpo.call(() -> requests.verifyIdentity(receipt.id()));
        dpo.call(() -> requests.approve(receipt.id()));

        String status = null;
        for (int i = 0; i < 600 && !"ERROR".equals(status); i++) {
            status = dpo.call(() -> queries.get(receipt.id())).status();
            Thread.sleep(100);
        }
        assertThat(status)
                .as("the request ends in error instead of being tried for ever")
                .isEqualTo("ERROR");
        assertThat(dpo.call(() -> queries.timeline(receipt.id())))
                .anySatisfy(entry -> assertThat(entry.detail()).contains("ERROR", "completion"));
        assertThat(dpo.call(() -> queries.get(receipt.id())).completionError())
                .as("staff see why")
                .contains(receipt.id() + ".zip.enc");
    }

    // ---- the privacy mailbox ---------------------------------------------------------------------------------

    /** A mail nobody can read is set aside after a few tries and listed for staff with the reason. */
    @Test
    void aMailThatCannotBeReadIsSetAsideAndListedForStaffWithTheReason() throws Exception {
        PrivacyMailbox.ensureExists();
        String messageId = "<" + UUID.randomUUID() + "@unreadable.test>";
        try {
            PrivacyMailbox.deliverRaw(("From: someone@unreadable.test\r\nTo: " + PrivacyMailbox.ADDRESS
                            + "\r\nSubject: Please erase my data\r\nMessage-ID: " + messageId
                            + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\n"
                            + "Bitte l\u00f6schen\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            List<SetAsideMailView> listed = List.of();
            for (int i = 0; i < 600 && listed.isEmpty(); i++) {
                listed = dpo.call(() -> setAside.latest()).stream()
                        .filter(mail -> messageId.equals(mail.messageId()))
                        .toList();
                Thread.sleep(100);
            }
            assertThat(listed).singleElement().satisfies(mail -> {
                assertThat(mail.sender()).isEqualTo("someone@unreadable.test");
                assertThat(mail.reason()).contains("x-unknown-42");
                assertThat(mail.attempts()).isEqualTo(3);
            });
            assertThat(PrivacyMailbox.processed(messageId))
                    .as("no request was made of it")
                    .isZero();
        } finally {
            PrivacyMailbox.remove(messageId);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private String approvedAccessRequest(String address) throws Exception {
        RequestReceipt receipt =
                requests.submit(new SubmitRequest(RequestType.ACCESS, address, null, Channel.PORTAL), null);
        dpo.call(() -> requests.verifyIdentity(receipt.id()));
        dpo.call(() -> requests.approve(receipt.id()));
        return receipt.id();
    }

    private static void append(String mailbox, String folderName, String subject) throws Exception {
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
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("team@archive.test"));
            message.setSubject(subject, "UTF-8");
            message.setText("Notes", "UTF-8");
            message.setFlags(new Flags(Flags.Flag.SEEN), true);
            message.saveChanges();
            folder.appendMessages(new Message[] {message});
        } finally {
            store.close();
        }
    }

    /** A link for this address, as a system sending marketing mail asks for it. */
    private String unsubscribeToken(String address) throws Exception {
        ItHttp http = new ItHttp(base);
        HttpResponse<String> issued = http.post(
                "api/v1/admin/api-clients",
                "{\"name\":\"newsletter-" + UUID.randomUUID() + "\",\"scopes\":[\"UNSUBSCRIBE_HEADERS\"]}",
                ADMIN);
        JsonObject headers = json(http.get(
                "api/v1/consents/unsubscribe-headers?purpose=newsletter&subject=" + address,
                null,
                "Authorization",
                "Bearer " + json(issued).getString("key")));
        String link = headers.getString("List-Unsubscribe");
        return link.substring(link.lastIndexOf('/') + 1, link.length() - 1);
    }

    /** What a mail client sends (RFC 8058 section 3.1): a form POST, no cookies, no credentials. */
    private HttpResponse<String> oneClick(HttpClient client, String token) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/unsubscribe/" + token))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.connectors.adapter.testing.DavFixture;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.dav.DavCategories;
import org.privacyrights.connectors.api.mail.MailCategories;
import org.privacyrights.export.application.DownloadService;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.fulfilment.application.Housekeeping;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.verification.application.VerificationResult;
import org.privacyrights.verification.application.VerificationService;

/**
 * A data subject's way through the platform, and the attacks on it: proving an address with a mailed code or
 * link, following the request, and what an impostor, a guesser or an enumerator gets (nothing).
 */
@ExtendWith(ArquillianExtension.class)
class SubjectJourneyIT {

    private static final String CODE = "Your code: (\\d{6})";
    private static final String ADMIN = "admin:it-admin-password";
    private static final String STAFF = "dpo@platform.test";
    private static final String CONFIRM = "Your confirmation code";
    private static final String READY = "Your data is ready to download";
    private static final String ADD_CODE = "Your code to add";
    private static final String DOWNLOAD_CODE = "Your download code";
    private static final String GERMAN_CODE = "Ihr Code: (\\d{6})";
    private static final String TOKEN = "token=([A-Za-z0-9_-]{43})";

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        // A backend that failed is tried again two seconds later, not thirty: the fault test waits for it.
        return ItDeployment.platform(
                        "mail, helpdesk, contacts",
                        "java:app/privacy/contacts",
                        "org.privacyrights.connector.application.ConnectorGateway/mail/CircuitBreaker/delay=2")
                .addClass(TimeTravel.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    RequestService requests;

    @Inject
    VerificationService verification;

    @Inject
    TimeTravel timeTravel;

    @Inject
    Housekeeping housekeeping;

    @Inject
    DownloadService downloads;

    @Inject
    ExportStore exports;

    @Inject
    RunAsRole.Dpo dpo;

    // ---- in the container ---------------------------------------------------------------------------------

    @Test
    void anExpiredCodeGetsExactlyTheAnswerOfAWrongOne() throws Exception {
        String address = fresh("expired");
        RequestReceipt receipt =
                requests.submit(new SubmitRequest(RequestType.ACCESS, address, null, Channel.PORTAL), null);
        String code = MailCatcher.awaitMail(address, 1).find(CODE);
        String wrong = code.equals("000000") ? "000001" : "000000";

        VerificationResult wrongAnswer = verification.verify(receipt.id(), wrong, null, "192.0.2.10");
        timeTravel.expireChallengesOf(receipt.id());
        VerificationResult expiredAnswer = verification.verify(receipt.id(), code, null, "192.0.2.10");

        assertThat(expiredAnswer).isEqualTo(wrongAnswer).isEqualTo(VerificationResult.refused());
    }

    @Test
    void staffAreRemindedOfADeadlineOnceAndToldOnceWhenItPassed() throws Exception {
        RequestReceipt receipt = requests.submit(
                new SubmitRequest(RequestType.RECTIFICATION, fresh("late"), "my name is wrong", Channel.PORTAL), null);
        dpo.call(() -> requests.verifyIdentity(receipt.id()));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        String reminder = "[privacy] Deadline approaching: request " + receipt.id();
        String overdue = "[privacy] Overdue: request " + receipt.id();

        timeTravel.makeDue(receipt.id(), today.plusDays(3));
        housekeeping.watchDeadlines();
        housekeeping.watchDeadlines();
        timeTravel.makeDue(receipt.id(), today.minusDays(1));
        housekeeping.watchDeadlines();
        housekeeping.watchDeadlines();

        assertThat(MailCatcher.awaitMail(STAFF, reminder, 1).body()).contains("extend it with a reason");
        assertThat(MailCatcher.awaitMail(STAFF, overdue, 1).body()).contains("The deadline has passed");
        Thread.sleep(2_000);
        assertThat(MailCatcher.inbox(STAFF))
                .filteredOn(mail -> mail.subject().contains(receipt.id()))
                .hasSize(2);
    }

    @Test
    void anArchiveIsDeletedWhenItsLinkEndsAndTheLinkThenOpensNothing() throws Exception {
        String address = fresh("expiring");
        RequestReceipt receipt =
                requests.submit(new SubmitRequest(RequestType.ACCESS, address, null, Channel.PORTAL), null);
        dpo.call(() -> requests.verifyIdentity(receipt.id()));
        dpo.call(() -> requests.approve(receipt.id()));
        String token = MailCatcher.awaitMail(address, READY, 1).find("download\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
        assertThat(downloads.exists(token)).isTrue();
        exports.openArchive(receipt.id()).close();

        timeTravel.endDownloadLinkOf(receipt.id());
        assertThat(housekeeping.deleteExpiredExports()).isGreaterThanOrEqualTo(1);

        assertThat(downloads.exists(token)).isFalse();
        assertThatThrownBy(() -> exports.openArchive(receipt.id()))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(housekeeping.deleteExpiredExports())
                .as("nothing left to delete")
                .isZero();
    }

    // ---- through HTTP ---------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theMailedCodeProvesTheAddressOnceAndItsTokenThenShowsTheRequest() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("ada");
        String id = submit(http, address, "ACCESS", "de");

        MailCatcher.Received mail = MailCatcher.awaitMail(address, 1);
        assertThat(mail.subject()).startsWith("Ihr Bestätigungscode");
        String code = mail.find(GERMAN_CODE);
        assertThat(mail.body()).contains(id);

        JsonObject verified = json(verify(http, id, "{\"code\":\"" + code + "\"}", 200));
        assertThat(verified.getString("status")).isEqualTo("AWAITING_APPROVAL");
        String subjectToken = verified.getString("subjectToken");
        verify(http, id, "{\"code\":\"" + code + "\"}", 422);

        HttpResponse<String> mine = http.get("api/v1/requests/" + id, null, "X-Request-Token", subjectToken);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(json(mine).getString("type")).isEqualTo("ACCESS");
        assertThat(json(mine).getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(mine.body()).doesNotContain("assignee", address);
        assertThat(http.get("api/v1/requests/" + id, null).statusCode()).isEqualTo(404);
        assertThat(http.get("api/v1/requests/" + id, null, "X-Request-Token", subjectToken + "x")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void openingTheMailedLinkAsksForConfirmationAndVerifiesNothingByItself() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("scanner");
        String id = submit(http, address, "ACCESS", "en");
        String link = MailCatcher.awaitMail(address, 1).find("(verify\\.xhtml\\?request=[^\\s]+)");

        HttpResponse<String> page = http.get(link, null, "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Confirm that the request is yours", "verify:confirm");
        // A mail scanner that fetches the link has confirmed nothing: the token still works.
        verify(http, id, "{\"token\":\"" + link.substring(link.indexOf("token=") + 6) + "\"}", 200);
    }

    @Test
    @RunAsClient
    void theLinksTokenWorksOnlyForItsOwnRequestAndOnlyOnce() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("link");
        String id = submit(http, address, "ERASURE", "en");
        String other = submit(http, fresh("other"), "ERASURE", "en");
        String token = MailCatcher.awaitMail(address, 1).find(TOKEN);

        verify(http, other, "{\"token\":\"" + token + "\"}", 422);
        verify(http, id, "{\"token\":\"" + token + "\"}", 200);
        verify(http, id, "{\"token\":\"" + token + "\"}", 422);
    }

    @Test
    @RunAsClient
    void fiveWrongCodesLockTheCodeAndOnlyANewOneHelps() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("guess");
        String id = submit(http, address, "ACCESS", "en");
        String code = MailCatcher.awaitMail(address, 1).find(CODE);
        List<String> answers = new ArrayList<>();
        for (int guess = 0, tried = 0; tried < 5; guess++) {
            String attempt = String.format("%06d", guess);
            if (!attempt.equals(code)) {
                answers.add(
                        verify(http, id, "{\"code\":\"" + attempt + "\"}", 422).body());
                tried++;
            }
        }
        answers.add(verify(http, id, "{\"code\":\"" + code + "\"}", 422).body());

        assertThat(answers).as("every refusal reads the same").containsOnly(answers.get(0));
        assertThat(http.post("api/v1/requests/" + id + "/verification-code", "", null)
                        .statusCode())
                .isEqualTo(202);
        String newCode = MailCatcher.awaitMail(address, CONFIRM, 2).find(CODE);
        verify(http, id, "{\"code\":\"" + newCode + "\"}", 200);
    }

    @Test
    @RunAsClient
    void aRequestForSomeoneElsesAddressSendsTheRequesterNothingAndRevealsNothing() throws Exception {
        ItHttp http = new ItHttp(base);
        String victim = fresh("victim");
        // The victim is known: they made and proved a request before.
        String first = submitAndProve(http, victim, "ACCESS", 1);

        HttpResponse<String> attack =
                http.post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + victim + "\"}", null);

        assertThat(attack.statusCode()).isEqualTo(202);
        assertThat(json(attack).keySet()).containsExactlyInAnyOrder("id", "status");
        assertThat(json(attack).getString("status")).isEqualTo("IDENTITY_UNVERIFIED");
        // The only mail goes to the victim's own address, and the request can't be read without its token.
        assertThat(MailCatcher.awaitMail(victim, CONFIRM, 2).subject()).startsWith("Your confirmation code");
        HttpResponse<String> peek = http.get("api/v1/requests/" + json(attack).getString("id"), null);
        HttpResponse<String> unknown = http.get("api/v1/requests/" + UUID.randomUUID(), null);
        assertThat(peek.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
        assertThat(json(peek).keySet()).isEqualTo(json(unknown).keySet());
    }

    @Test
    @RunAsClient
    void knownAndUnknownAddressesTakeTheSameTimeAndGetTheSameAnswer() throws Exception {
        ItHttp http = new ItHttp(base);
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String address = fresh("known" + i);
            String id = submitAndProve(http, address, "INFORMATION", 1);
            known.add(address);
        }
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int round = 0; round < 16; round++) {
            // Interleaved, first one then the other, so that whatever slows the machine slows both alike.
            String knownAddress = known.get(round % known.size());
            if (round % 2 == 0) {
                knownNanos.add(timedSubmit(http, knownAddress));
                unknownNanos.add(timedSubmit(http, fresh("unknown")));
            } else {
                unknownNanos.add(timedSubmit(http, fresh("unknown")));
                knownNanos.add(timedSubmit(http, knownAddress));
            }
        }

        // A rank test, not a bound in milliseconds: a busy machine adds pauses of a hundred milliseconds at random,
        // but a real difference between the two paths would rank one above the other round after round.
        double z = mannWhitneyZ(knownNanos, unknownNanos);
        assertThat(Math.abs(z))
                .as(
                        "z %.2f; known %s, unknown %s (µs)",
                        z,
                        knownNanos.stream().map(n -> n / 1000).toList(),
                        unknownNanos.stream().map(n -> n / 1000).toList())
                .isLessThan(3.29);
    }

    /** The Mann-Whitney U statistic of two samples as a z score (normal approximation; |z| > 3.29 is p < 0.001). */
    private static double mannWhitneyZ(List<Long> first, List<Long> second) {
        double u = 0;
        for (long a : first) {
            for (long b : second) {
                u += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        double n1 = first.size();
        double n2 = second.size();
        double mean = n1 * n2 / 2;
        double deviation = Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
        return (u - mean) / deviation;
    }

    @Test
    @RunAsClient
    void oneAddressGetsAtMostFiveCodesAnHour() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("flooded");
        for (int i = 0; i < 5; i++) {
            submit(http, address, "ACCESS", "en");
        }

        HttpResponse<String> sixth =
                http.post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + address + "\"}", null);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).hasValue("3600");
        MailCatcher.awaitMail(address, CONFIRM, 5);
        Thread.sleep(2_000);
        assertThat(MailCatcher.inbox(address)).hasSize(5);
    }

    @Test
    @RunAsClient
    void anAccessRequestEndsWithOneArchiveOfEveryRecordInEverySystemReleasedOnlyForASecondCode() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(2, 20);
        String subject = mail.subject;
        DavFixture contacts = new DavFixture(subject).create();
        try (HelpdeskRows helpdesk = new HelpdeskRows().create(subject)) {
            String id = submitAndProve(http, subject, "ACCESS", 1);
            assertThat(http.post("api/v1/admin/requests/" + id + "/approve", "", ADMIN)
                            .statusCode())
                    .isEqualTo(200);

            MailCatcher.Received ready = MailCatcher.awaitMail(subject, READY, 1);
            assertThat(ready.subject()).isEqualTo("Your data is ready to download");
            assertThat(json(http.get("api/v1/admin/requests/" + id, ADMIN)).getString("status"))
                    .isEqualTo("COMPLETED");
            String token = ready.find("download\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

            HttpResponse<String> page = http.get("download.xhtml?token=" + token, null, "Accept-Language", "en");
            assertThat(page.body()).contains("Download your data", "Send me the code", "manifest.json");
            assertThat(http.get("download.xhtml?token=" + token + "x", null, "Accept-Language", "en")
                            .body())
                    .contains("This link opens nothing")
                    .doesNotContain("Send me the code");
            // The link alone opens nothing; a code to the request's address does.
            assertThat(download(http, token, "000000").statusCode()).isEqualTo(422);
            assertThat(http.post("api/v1/downloads/" + token + "/code", "", null)
                            .statusCode())
                    .isEqualTo(202);
            String code = MailCatcher.awaitMail(subject, DOWNLOAD_CODE, 1).find(CODE);
            HttpResponse<byte[]> archive = download(http, token, code);
            assertThat(archive.statusCode()).isEqualTo(200);
            assertThat(archive.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(download(http, token, code).statusCode())
                    .as("a code works once")
                    .isEqualTo(422);
            for (String other : List.of(token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"), "x", token + "x")) {
                assertThat(download(http, other, code).statusCode()).isEqualTo(404);
                assertThat(http.post("api/v1/downloads/" + other + "/code", "", null)
                                .statusCode())
                        .isEqualTo(404);
            }

            ExportArchive export = ExportArchive.read(archive.body());
            export.assertEveryFileMatchesTheManifest();
            assertThat(export.recordsOf("mail", MailCategories.OWN_MAILBOX)).isEqualTo(mail.ownMessages);
            assertThat(export.recordsOf("mail", MailCategories.OTHER_MAILBOX))
                    .isEqualTo(mail.mentions.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            assertThat(export.recordsOf("mail", MailCategories.ACCOUNT)).isEqualTo(1);
            assertThat(export.recordsOf("contacts", DavCategories.OWN_CONTACT)).isEqualTo(contacts.ownContacts);
            assertThat(export.recordsOf("contacts", DavCategories.OWN_EVENT)).isEqualTo(contacts.ownEvents);
            assertThat(export.recordsOf("contacts", DavCategories.CONTACT)).isEqualTo(contacts.contactsElsewhere);
            assertThat(export.recordsOf("contacts", DavCategories.EVENT)).isEqualTo(contacts.eventsElsewhere);
            assertThat(export.recordsOf("helpdesk", "helpdesk.account")).isEqualTo(1);
            assertThat(export.recordsOf("helpdesk", "helpdesk.ticket")).isEqualTo(1);
            assertThat(export.recordsOf("helpdesk", "helpdesk.ticket-message")).isEqualTo(2);
            assertThat(export.paths())
                    .anyMatch(path -> path.endsWith(".eml"))
                    .anyMatch(path -> path.endsWith(".mbox"))
                    .anyMatch(path -> path.endsWith(".vcf"))
                    .anyMatch(path -> path.endsWith(".ics"))
                    .anyMatch(path -> path.startsWith("helpdesk/") && path.endsWith(".json"))
                    .anyMatch(path -> path.startsWith("helpdesk/") && path.endsWith(".csv"));
            String helpdeskText = export.textOf(path -> path.startsWith("helpdesk/") && path.endsWith(".json"));
            assertThat(helpdeskText)
                    .contains(subject, "[address of a third party removed]")
                    .doesNotContain(helpdesk.thirdParty);
            assertThat(export.text("summary.html"))
                    .contains(
                            "Correspondence with customers",
                            "Support staff",
                            "supervisory authority",
                            "Automated decisions");
            assertThat(new String(export.bytes("summary.pdf"), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        } finally {
            contacts.drop();
            mail.drop();
        }
    }

    @Test
    @RunAsClient
    void anErasureLeavesOnlyWhatIsKeptAndAFreshAccessRequestFindsNothingElse() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(2, 10);
        String subject = mail.subject;
        DavFixture contacts = new DavFixture(subject).create();
        try (HelpdeskRows helpdesk = new HelpdeskRows().create(subject)) {
            String id = proveAndApprove(http, subject, "ERASURE", 1);

            MailCatcher.Received done = MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1);
            assertThat(done.subject()).isEqualTo("Your request " + id + " is complete");
            assertThat(done.body()).contains("- mail:", "erased", "kept: kept by decision for this request");
            JsonObject request = json(http.get("api/v1/admin/requests/" + id, ADMIN));
            assertThat(request.getString("status")).isEqualTo("COMPLETED");

            // Proof by a fresh access request: what is left is what the policy keeps, nothing else.
            String again = proveAndApprove(http, subject, "ACCESS", 2);
            ExportArchive left = fetchArchive(http, subject);
            assertThat(left.recordsOf("mail", MailCategories.OTHER_MAILBOX))
                    .isEqualTo(mail.mentions.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            assertThat(left.recordsOf("mail", MailCategories.OWN_MAILBOX)).isZero();
            assertThat(left.recordsOf("mail", MailCategories.ACCOUNT)).isZero();
            assertThat(left.recordsOf("contacts", DavCategories.OWN_CONTACT)).isZero();
            assertThat(left.recordsOf("contacts", DavCategories.CONTACT)).isZero();
            assertThat(left.recordsOf("helpdesk", "helpdesk.account")).isZero();
            assertThat(again).isNotEqualTo(id);
        } finally {
            contacts.drop();
            mail.drop();
        }
    }

    @Test
    @RunAsClient
    void staffSeeWhatAnErasureKeepsAndCanDecideForOneRequestThatColleaguesCopiesGoToo() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 10);
        String subject = mail.subject;
        String colleague = mail.colleagues.get(0);
        try {
            JsonObject policy = json(http.get("api/v1/admin/requests/erasure-policy", ADMIN));
            assertThat(policy.getJsonArray("keptCategories").getString(0)).isEqualTo(MailCategories.OTHER_MAILBOX);
            // The server's SEARCH also finds look-alikes ("nada@…"), which are not the subject's and must stay.
            int before = messagesNaming(colleague, subject);
            int subjects = mail.mentions.get(colleague);
            assertThat(subjects).isPositive();

            String id = submitAndProve(http, subject, "ERASURE", 1);
            HttpResponse<String> approved =
                    http.post("api/v1/admin/requests/" + id + "/approve-erasure", "{\"keep\":[]}", ADMIN);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            assertThat(MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1)
                            .body())
                    .contains("- mail:", "erased")
                    .doesNotContain("kept:");
            assertThat(messagesNaming(colleague, subject)).isEqualTo(before - subjects);
        } finally {
            mail.drop();
        }
    }

    /** Messages in a mailbox that name the address, found by the server's own SEARCH. */
    private static int messagesNaming(String mailbox, String address) throws Exception {
        jakarta.mail.Store store =
                jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect(
                TestServices.IMAP_HOST,
                TestServices.IMAP_PORT,
                mailbox + "*" + TestServices.MASTER_USER,
                TestServices.MASTER_PASSWORD);
        try {
            int found = 0;
            for (jakarta.mail.Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & jakarta.mail.Folder.HOLDS_MESSAGES) != 0) {
                    folder.open(jakarta.mail.Folder.READ_ONLY);
                    found += folder.search(new jakarta.mail.search.OrTerm(new jakarta.mail.search.SearchTerm[] {
                                new jakarta.mail.search.FromStringTerm(address),
                                new jakarta.mail.search.RecipientStringTerm(
                                        jakarta.mail.Message.RecipientType.TO, address),
                                new jakarta.mail.search.RecipientStringTerm(
                                        jakarta.mail.Message.RecipientType.CC, address),
                                new jakarta.mail.search.RecipientStringTerm(
                                        jakarta.mail.Message.RecipientType.BCC, address)
                            }))
                            .length;
                    folder.close(false);
                }
            }
            return found;
        } finally {
            store.close();
        }
    }

    @Test
    @RunAsClient
    void aBackendDownDuringAnErasureGivesAResumableErrorAndTheRetryRunsOnlyThatSystem() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 5);
        String subject = mail.subject;
        DavFixture contacts = new DavFixture(subject).create();
        String id;
        TestServices.killDovecot();
        try {
            id = proveAndApprove(http, subject, "ERASURE", 1);
            JsonObject failed = awaitStatus(http, id, "ERROR");
            assertThat(task(failed, "mail").getString("status")).isEqualTo("FAILED");
            assertThat(task(failed, "mail").getString("lastError")).isNotBlank();
            assertThat(task(failed, "contacts").getString("status")).isEqualTo("DONE");
            assertThat(task(failed, "helpdesk").getString("status")).isEqualTo("DONE");
        } finally {
            TestServices.startDovecot();
        }
        try {
            // The breaker lets the mail backend be tried again after its pause.
            Thread.sleep(2_500);
            assertThat(http.post("api/v1/admin/requests/" + id + "/retry", "", ADMIN)
                            .statusCode())
                    .isEqualTo(200);
            JsonObject completed = awaitStatus(http, id, "COMPLETED");
            assertThat(task(completed, "mail").getInt("attempts")).isEqualTo(2);
            assertThat(task(completed, "contacts").getInt("attempts")).isEqualTo(1);
            assertThat(task(completed, "helpdesk").getInt("attempts")).isEqualTo(1);
            MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1);
            Thread.sleep(2_000);
            assertThat(MailCatcher.inbox(subject))
                    .filteredOn(received -> received.subject().equals("Your request " + id + " is complete"))
                    .as("one answer, however often it ran")
                    .hasSize(1);
        } finally {
            contacts.drop();
            mail.drop();
        }
    }

    @Test
    @RunAsClient
    void aRequestForInformationIsAnsweredFromTheRegister() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("curious");
        String id = proveAndApprove(http, address, "INFORMATION", 1);

        MailCatcher.Received answer = MailCatcher.awaitMail(address, "What we do with personal data", 1);

        assertThat(answer.body())
                .contains("Email", "Help desk and live chat", "Correspondence with customers", "Support staff")
                .contains("Kept: 3 years after the ticket was closed", "Automated decisions: None")
                .contains("Berliner Beauftragte");
        assertThat(json(http.get("api/v1/admin/requests/" + id, ADMIN)).getString("status"))
                .isEqualTo("COMPLETED");
    }

    @Test
    @RunAsClient
    void aRestrictionSetsTheProcessingFlagWhereverThereIsOneAndKeepsTheData() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 3);
        String subject = mail.subject;
        try (HelpdeskRows helpdesk = new HelpdeskRows().create(subject)) {
            String id = proveAndApprove(http, subject, "RESTRICTION", 1);

            MailCatcher.Received done = MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1);

            assertThat(done.body())
                    .contains("- mail: 1 restricted", "- helpdesk: 1 restricted", "- contacts: nothing held");
            assertThat(sql(
                            TestServices.MAIL_DATABASE_URL,
                            "SELECT processing_restricted FROM mail_user WHERE email = ?",
                            subject))
                    .isEqualTo(true);
            assertThat(sql(HelpdeskRows.URL, "SELECT is_active FROM portal_user WHERE email = ?", subject))
                    .isEqualTo(false);
            assertThat(sql(
                            HelpdeskRows.URL,
                            "SELECT count(*) FROM ticket_message m JOIN ticket t ON m.ticket_id = t.id"
                                    + " JOIN portal_user u ON t.user_id = u.id WHERE u.email = ?",
                            subject))
                    .as("the data stays")
                    .isEqualTo(2L);

            endRestrictionToday(http, id, subject);
            awaitSql(
                    TestServices.MAIL_DATABASE_URL,
                    "SELECT processing_restricted FROM mail_user WHERE email = ?",
                    subject,
                    false);
            awaitSql(HelpdeskRows.URL, "SELECT is_active FROM portal_user WHERE email = ?", subject, true);
            JsonObject lifted = awaitLifted(http, id);
            assertThat(lifted.getJsonArray("tasks").stream()
                            .map(jakarta.json.JsonValue::asJsonObject)
                            .filter(task -> task.getString("purpose").equals("LIFT"))
                            .map(task -> task.getString("system") + " " + task.getString("status")))
                    .containsExactlyInAnyOrder("contacts DONE", "helpdesk DONE", "mail DONE");
            assertThat(http.put(
                                    "api/v1/admin/requests/" + id + "/restriction-end",
                                    "{\"endsOn\":\"" + today().plusDays(30) + "\"}",
                                    ADMIN)
                            .statusCode())
                    .as("a lifted restriction is not moved")
                    .isEqualTo(400);
        } finally {
            mail.drop();
        }
    }

    /**
     * An impostor who proves a look-alike address (one letter more than the subject's) gets what names that address
     * exactly, and nothing that names only the subject: no mailbox, no account, no list membership, no message.
     */
    @Test
    @RunAsClient
    void anImpostorWhoProvesALookAlikeAddressGetsNothingThatNamesOnlyTheSubject() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(2, 20);
        String impostor = "n" + mail.subject;
        try {
            proveAndApprove(http, impostor, "ACCESS", 1);

            ExportArchive export = fetchArchive(http, impostor);

            export.assertEveryFileMatchesTheManifest();
            assertThat(export.recordsOf("mail", MailCategories.OWN_MAILBOX)).isZero();
            assertThat(export.recordsOf("mail", MailCategories.ACCOUNT)).isZero();
            assertThat(export.recordsOf("mail", MailCategories.LIST_MEMBERSHIP)).isZero();
            // The fixture copies the look-alike in one message of ten, in every mailbox (the subject's included).
            long namingTheImpostor = java.util.stream.IntStream.range(0, 20)
                            .filter(i -> i % 10 == 4)
                            .count()
                    * (mail.colleagues.size() + 1);
            assertThat(export.recordsOf("mail", MailCategories.OTHER_MAILBOX)).isEqualTo(namingTheImpostor);
            for (String path : export.paths()) {
                if (path.endsWith(".eml")) {
                    assertThat(export.text(path)).as(path).containsIgnoringCase("Cc: " + impostor);
                }
            }
        } finally {
            mail.drop();
        }
    }

    /**
     * A requester who proved one address adds an old address and a customer number: each is proven only by a code
     * sent to its own channel on file (the old address; the address the help desk holds for the number), never to
     * the requester, and only then does the access cover the data under it.
     */
    @Test
    @RunAsClient
    void furtherIdentitiesAreAddedOnlyThroughTheirOwnChannelOnFileAndThenCoveredByTheWork() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 3);
        String oldAddress = mail.subject;
        String requester = fresh("new-address");
        String onFile = fresh("helpdesk-on-file");
        String customerNumber = "C-" + UUID.randomUUID().toString().substring(0, 8);
        try (HelpdeskRows helpdesk = new HelpdeskRows().create(onFile, customerNumber)) {
            String id = submit(http, requester, "ACCESS", "en");
            String token = json(verify(
                            http,
                            id,
                            "{\"code\":\""
                                    + MailCatcher.awaitMail(requester, CONFIRM, 1)
                                            .find(CODE) + "\"}",
                            200))
                    .getString("subjectToken");
            String identities = "api/v1/requests/" + id + "/identities";

            assertThat(addIdentity(http, identities, "{\"email\":\"" + oldAddress + "\"}", null))
                    .as("not without the request's token")
                    .isEqualTo(404);
            assertThat(addIdentity(http, identities, "{\"customerId\":\"C-1\",\"system\":\"mail\"}", token))
                    .isEqualTo(400);
            assertThat(addIdentity(http, identities, "{}", token)).isEqualTo(400);
            assertThat(addIdentity(http, identities, "{\"email\":\"" + oldAddress + "\"}", token))
                    .isEqualTo(202);
            String oldCode = MailCatcher.awaitMail(oldAddress, ADD_CODE, 1).find(CODE);
            assertThat(proveIdentity(http, id, "000000", token).statusCode()).isEqualTo(422);
            HttpResponse<String> proven = proveIdentity(http, id, oldCode, token);
            assertThat(proven.statusCode()).as(proven.body()).isEqualTo(200);
            assertThat(json(proven).getJsonArray("furtherIdentities").getString(0))
                    .isEqualTo("email " + oldAddress);
            assertThat(proveIdentity(http, id, oldCode, token).statusCode())
                    .as("a code works once")
                    .isEqualTo(422);

            assertThat(addIdentity(
                            http,
                            identities,
                            "{\"customerId\":\"C-unknown-" + UUID.randomUUID() + "\",\"system\":\"helpdesk\"}",
                            token))
                    .as("an unknown number is answered alike")
                    .isEqualTo(202);
            assertThat(addIdentity(
                            http,
                            identities,
                            "{\"customerId\":\"" + customerNumber + "\",\"system\":\"helpdesk\"}",
                            token))
                    .isEqualTo(202);
            String numberCode = MailCatcher.awaitMail(onFile, ADD_CODE, 1).find(CODE);
            assertThat(proveIdentity(http, id, numberCode, token).statusCode()).isEqualTo(200);
            assertThat(MailCatcher.inbox(requester))
                    .as("no code ever goes to the requester")
                    .extracting(MailCatcher.Received::subject)
                    .noneMatch(subject -> subject.startsWith(ADD_CODE));

            assertThat(http.post("api/v1/admin/requests/" + id + "/approve", "", ADMIN)
                            .statusCode())
                    .isEqualTo(200);
            ExportArchive export = fetchArchive(http, requester);
            export.assertEveryFileMatchesTheManifest();
            assertThat(export.recordsOf("mail", MailCategories.OWN_MAILBOX)).isEqualTo(mail.ownMessages);
            assertThat(export.recordsOf("helpdesk", "helpdesk.account")).isEqualTo(1);
            assertThat(addIdentity(http, identities, "{\"email\":\"" + fresh("late") + "\"}", token))
                    .as("the work has been done: no more identities")
                    .isEqualTo(400);
        } finally {
            mail.drop();
        }
    }

    /**
     * Webmail makes a request for its logged-in user: its session proves the address, so no code is mailed; the
     * subject follows it with the token. Nobody but a system with its key may claim that.
     */
    @Test
    @RunAsClient
    void aSystemsLoggedInSessionProvesTheAddressAndNobodyElseMayClaimOne() throws Exception {
        ItHttp http = new ItHttp(base);
        String user = fresh("webmail-user");
        String body = "{\"type\":\"INFORMATION\",\"email\":\"" + user + "\",\"loggedIn\":true}";
        assertThat(http.post("api/v1/requests", body, null).statusCode())
                .as("an anonymous caller")
                .isEqualTo(403);
        assertThat(http.post("api/v1/requests", body, ADMIN).statusCode())
                .as("staff are not a logged-in session of the user")
                .isEqualTo(403);
        HttpResponse<String> issued = http.post(
                "api/v1/admin/api-clients",
                "{\"name\":\"webmail-" + UUID.randomUUID() + "\",\"scopes\":[\"VOUCH_FOR_LOGGED_IN_USER\"],"
                        + "\"vouchSystem\":\"Webmail\",\"vouchDomains\":[\"subjects.test\"]}",
                ADMIN);
        String key = json(issued).getString("key");

        HttpResponse<String> made = http.post("api/v1/requests", body, null, "Authorization", "Bearer " + key);

        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        String id = json(made).getString("requestId");
        assertThat(json(made).getString("status")).isEqualTo("AWAITING_APPROVAL");
        HttpResponse<String> seen = http.get(
                "api/v1/requests/" + id, null, "X-Request-Token", json(made).getString("subjectToken"));
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(ItHttp.jsonArray(http.get("api/v1/admin/requests/" + id + "/timeline", ADMIN)).stream()
                        .map(entry -> entry.asJsonObject().getString("action")))
                .contains("IDENTITY_VOUCHED");
        assertThat(MailCatcher.awaitMail(user, "We are working on your request", 1))
                .isNotNull();
        assertThat(MailCatcher.inbox(user))
                .extracting(MailCatcher.Received::subject)
                .noneMatch(subject -> subject.startsWith(CONFIRM));
    }

    @Test
    @RunAsClient
    void aPortabilityRequestPortsWhatTheSubjectProvidedInTheSameStandardFormats() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(2, 10);
        DavFixture contacts = new DavFixture(mail.subject).create();
        try {
            String id = proveAndApprove(http, mail.subject, "PORTABILITY", 1);

            ExportArchive export = fetchArchive(http, mail.subject);

            export.assertEveryFileMatchesTheManifest();
            assertThat(export.text("manifest.json")).contains("\"type\": \"PORTABILITY\"", id);
            assertThat(export.recordsOf("mail", MailCategories.OWN_MAILBOX)).isEqualTo(mail.ownMessages);
            assertThat(export.recordsOf("mail", MailCategories.ACCOUNT)).isEqualTo(1);
            assertThat(export.recordsOf("contacts", DavCategories.OWN_CONTACT)).isEqualTo(contacts.ownContacts);
            // What others hold about the subject is not what the subject provided (Art. 20): not ported.
            assertThat(export.recordsOf("mail", MailCategories.OTHER_MAILBOX)).isZero();
            assertThat(export.recordsOf("contacts", DavCategories.CONTACT)).isZero();
            assertThat(export.recordsOf("contacts", DavCategories.EVENT)).isZero();
            assertThat(export.paths())
                    .filteredOn(path -> path.endsWith(".mbox"))
                    .containsExactly("mail/mail/" + mail.subject + ".mbox");
        } finally {
            contacts.drop();
            mail.drop();
        }
    }

    @Test
    @RunAsClient
    void aRectificationApprovedWithTheCorrectedNameChangesItEverywhereAndASecondRunChangesNothing() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 2);
        String subject = mail.subject;
        DavFixture contacts = new DavFixture(subject).create();
        try (HelpdeskRows helpdesk = new HelpdeskRows().create(subject)) {
            String id = submitAndProve(http, subject, "RECTIFICATION", 1);

            assertThat(http.post("api/v1/admin/requests/" + id + "/approve", "", ADMIN)
                            .statusCode())
                    .as("a rectification needs the corrected value")
                    .isEqualTo(400);
            HttpResponse<String> email = http.post(
                    "api/v1/admin/requests/" + id + "/approve-rectification",
                    "{\"attribute\":\"email\",\"value\":\"mallory@evil.test\"}",
                    ADMIN);
            assertThat(email.statusCode()).isEqualTo(400);
            assertThat(json(email).getString("field")).isEqualTo("attribute");
            HttpResponse<String> approved = http.post(
                    "api/v1/admin/requests/" + id + "/approve-rectification",
                    "{\"attribute\":\"displayName\",\"value\":\"Augusta Ada King\"}",
                    ADMIN);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            MailCatcher.Received done = MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1);
            assertThat(done.body())
                    .contains("- mail: 1 rectified", "- helpdesk: 1 rectified", "- contacts:", "Art. 19")
                    .contains("Support staff");
            assertThat(sql(
                            TestServices.MAIL_DATABASE_URL,
                            "SELECT display_name FROM mail_user WHERE email = ?",
                            subject))
                    .isEqualTo("Augusta Ada King");
            assertThat(sql(HelpdeskRows.URL, "SELECT display_name FROM portal_user WHERE email = ?", subject))
                    .isEqualTo("Augusta Ada King");

            String again = submitAndProve(http, subject, "RECTIFICATION", 2);
            http.post(
                    "api/v1/admin/requests/" + again + "/approve-rectification",
                    "{\"attribute\":\"displayName\",\"value\":\"Augusta Ada King\"}",
                    ADMIN);
            assertThat(MailCatcher.awaitMail(subject, "Your request " + again + " is complete", 1)
                            .body())
                    .contains("- mail: 1 already done", "- helpdesk: 1 already done")
                    .doesNotContain("rectified");
        } finally {
            contacts.drop();
            mail.drop();
        }
    }

    @Test
    @RunAsClient
    void anObjectionToMarketingTakesTheAddressOffEveryListAtOnceWithoutStaff() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 1);
        String subject = mail.subject;
        try {
            HttpResponse<String> submitted = http.post(
                    "api/v1/requests",
                    "{\"type\":\"OBJECTION\",\"email\":\"" + subject + "\",\"objection\":\"MARKETING\"}",
                    null);
            String id = json(submitted).getString("id");
            JsonObject verified = json(verify(
                    http,
                    id,
                    "{\"code\":\"" + MailCatcher.awaitMail(subject, CONFIRM, 1).find(CODE) + "\"}",
                    200));

            assertThat(verified.getString("status")).isEqualTo("IN_PROGRESS");
            assertThat(MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1)
                            .body())
                    .contains("- mail: 1 erased");
            assertThat(sql(
                            TestServices.MAIL_DATABASE_URL,
                            "SELECT count(*) FROM mailing_list_member WHERE member_address = ?",
                            subject))
                    .isEqualTo(0L);
        } finally {
            mail.drop();
        }
    }

    /** RFC 8058: the signed List-Unsubscribe URL works without login by POST only, and for its own address only. */
    @Test
    @RunAsClient
    void aOneClickUnsubscribeNeedsNoLoginTakesTheAddressOffEveryListAndAForgedLinkIsRefused() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 1);
        String subject = mail.subject;
        try {
            HttpResponse<String> issued = http.post(
                    "api/v1/admin/api-clients",
                    "{\"name\":\"newsletter-" + UUID.randomUUID()
                            + "\",\"scopes\":[\"UNSUBSCRIBE_HEADERS\",\"RECORD_CONSENT\",\"CHECK_CONSENT\"]}",
                    ADMIN);
            String key = json(issued).getString("key");
            JsonObject headers = json(http.get(
                    "api/v1/consents/unsubscribe-headers?purpose=newsletter&subject=" + subject,
                    null,
                    "Authorization",
                    "Bearer " + key));
            assertThat(headers.getString("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
            HttpResponse<String> sharing = http.post(
                    "api/v1/consents",
                    "{\"email\":\"" + subject + "\",\"purpose\":\"partner-sharing\",\"granted\":true,"
                            + "\"noticeText\":\"Share my address with partners\",\"channel\":\"webmail\","
                            + "\"action\":\"ticked the box\"}",
                    null,
                    "Authorization",
                    "Bearer " + key);
            assertThat(sharing.statusCode()).as(sharing.body()).isEqualTo(201);
            String link = headers.getString("List-Unsubscribe");
            assertThat(link).startsWith("<http").endsWith(">");
            String path = link.substring(link.indexOf("api/v1/unsubscribe/"), link.length() - 1);
            String token = path.substring(path.lastIndexOf('/') + 1);

            HttpResponse<String> page = http.get(path, null);
            assertThat(page.body()).contains("<form method=\"post\">");
            assertThat(members(subject))
                    .as("a GET, as link scanners send, changes nothing")
                    .isEqualTo(1L);

            String victim = "colleague00@" + mail.domain;
            String forgedPayload = java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((victim + "\nnewsletter").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String forged = forgedPayload + token.substring(token.indexOf('.'));
            assertThat(oneClick(forged).statusCode()).isEqualTo(400);
            assertThat(oneClick(token.replace('.', '-')).statusCode()).isEqualTo(400);
            assertThat(members(victim)).isEqualTo(1L);

            HttpResponse<String> unsubscribed = oneClick(token);
            assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);
            String id = json(unsubscribed).getString("id");
            assertThat(MailCatcher.awaitMail(subject, "Your request " + id + " is complete", 1)
                            .body())
                    .contains("- mail: 1 erased");
            assertThat(members(subject)).isEqualTo(0L);
            JsonObject check = json(http.get(
                    "api/v1/consents/check?purpose=newsletter&subject=" + subject,
                    null,
                    "Authorization",
                    "Bearer " + key));
            assertThat(check.getBoolean("granted")).isFalse();
            assertThat(check.containsKey("recordId")).isTrue();
            JsonObject partners = json(http.get(
                    "api/v1/consents/check?purpose=partner-sharing&subject=" + subject,
                    null,
                    "Authorization",
                    "Bearer " + key));
            assertThat(partners.getBoolean("granted"))
                    .as("an objection to direct marketing withdraws every marketing purpose")
                    .isFalse();
        } finally {
            mail.drop();
        }
    }

    /** What a mail client sends (RFC 8058 section 3.1): a form POST, no cookies, no credentials. */
    private HttpResponse<String> oneClick(String token) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/unsubscribe/" + token))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long members(String address) throws Exception {
        return (Long) sql(
                TestServices.MAIL_DATABASE_URL,
                "SELECT count(*) FROM mailing_list_member WHERE member_address = ?",
                address);
    }

    @Test
    @RunAsClient
    void anObjectionToProcessingIsWeighedByStaffAndCanEndInADisabledAccount() throws Exception {
        ItHttp http = new ItHttp(base);
        MailFixture mail = new MailFixture().create(1, 1);
        String subject = mail.subject;
        try {
            String upheld = submitAndProve(http, subject, "OBJECTION", 1);
            assertThat(http.post("api/v1/admin/requests/" + upheld + "/approve", "", ADMIN)
                            .statusCode())
                    .as("an objection is decided, not approved")
                    .isEqualTo(400);
            HttpResponse<String> decided = http.post(
                    "api/v1/admin/requests/" + upheld + "/decide-objection",
                    "{\"upheld\":true,\"reason\":\"No overriding grounds\",\"disableAccount\":true}",
                    ADMIN);
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
            assertThat(MailCatcher.awaitMail(subject, "Your request " + upheld + " is complete", 1)
                            .body())
                    .contains("- mail: 1 restricted");
            assertThat(sql(TestServices.MAIL_DATABASE_URL, "SELECT enabled FROM mail_user WHERE email = ?", subject))
                    .as("kept, but no login and no mail")
                    .isEqualTo(false);

            endRestrictionToday(http, upheld, subject);
            awaitSql(TestServices.MAIL_DATABASE_URL, "SELECT enabled FROM mail_user WHERE email = ?", subject, true);
            awaitLifted(http, upheld);

            String refused = submitAndProve(http, subject, "OBJECTION", 2);
            http.post(
                    "api/v1/admin/requests/" + refused + "/decide-objection",
                    "{\"upheld\":false,\"reason\":\"The contract requires this processing\"}",
                    ADMIN);
            assertThat(MailCatcher.awaitMail(subject, "We cannot carry out your request " + refused, 1)
                            .body())
                    .contains("The contract requires this processing", "supervisory authority", "judicial remedy");
        } finally {
            mail.drop();
        }
    }

    @Test
    @RunAsClient
    void aContestedAutomatedDecisionIsReviewedByAPersonAndTheSubjectIsToldTheOutcome() throws Exception {
        ItHttp http = new ItHttp(base);
        String address = fresh("scored");
        HttpResponse<String> submitted = http.post(
                "api/v1/requests",
                "{\"type\":\"AUTOMATED_DECISION_REVIEW\",\"email\":\"" + address + "\",\"details\":"
                        + "\"Your scoring refused my credit on 3 March. My income was wrong in it.\"}",
                null);
        String id = json(submitted).getString("id");
        verify(
                http,
                id,
                "{\"code\":\"" + MailCatcher.awaitMail(address, CONFIRM, 1).find(CODE) + "\"}",
                200);
        assertThat(json(http.get("api/v1/admin/requests/" + id, ADMIN)).getString("details"))
                .contains("My income was wrong");

        HttpResponse<String> reviewed = http.post(
                "api/v1/admin/requests/" + id + "/review",
                "{\"outcome\":\"With your correct income the credit is granted.\"}",
                ADMIN);

        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(json(reviewed).getString("status")).isEqualTo("COMPLETED");
        assertThat(MailCatcher.awaitMail(address, "A person has reviewed the decision you contested", 1)
                        .body())
                .contains("With your correct income the credit is granted.", "supervisory authority");
    }

    private static Object sql(String url, String query, String parameter) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "");
                java.sql.PreparedStatement statement = db.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as(query).isTrue();
                return row.getObject(1);
            }
        }
    }

    /**
     * Ends a completed restriction today, as staff do once contested data is checked: bad days are refused, the
     * subject is told, and only after that mail left does the lift start.
     */
    private static void endRestrictionToday(ItHttp http, String id, String subject) throws Exception {
        String path = "api/v1/admin/requests/" + id + "/restriction-end";
        assertThat(http.put(path, "{\"endsOn\":\"" + today().minusDays(1) + "\"}", ADMIN)
                        .statusCode())
                .as("a day that passed")
                .isEqualTo(400);
        assertThat(http.put(path, "{\"endsOn\":\"2026-02-31\"}", ADMIN).statusCode())
                .isEqualTo(400);
        HttpResponse<String> limited = http.put(path, "{\"endsOn\":\"" + today() + "\"}", ADMIN);
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        assertThat(json(limited).getString("restrictedUntil")).isEqualTo(today().toString());

        assertThat(MailCatcher.awaitMail(subject, "The restriction of your data ends on " + today(), 1)
                        .body())
                .contains(id, "Art. 18(3)");
    }

    /** Waits until every system lifted the restriction, and checks that the subject was told before it started. */
    private static JsonObject awaitLifted(ItHttp http, String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonObject request = json(http.get("api/v1/admin/requests/" + id, ADMIN));
            if (request.containsKey("restrictionLiftedAt")) {
                List<String> actions =
                        ItHttp.jsonArray(http.get("api/v1/admin/requests/" + id + "/timeline", ADMIN)).stream()
                                .map(entry -> entry.asJsonObject().getString("action"))
                                .toList();
                assertThat(actions)
                        .containsSubsequence(
                                "RESTRICTION_LIMITED",
                                "RESTRICTION_END_ANNOUNCED",
                                "RESTRICTION_LIFT_STARTED",
                                "SYSTEM_LIFTED",
                                "RESTRICTION_LIFTED");
                return request;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The restriction of " + id + " was not lifted within 60 s");
    }

    private static void awaitSql(String url, String query, String parameter, Object expected) throws Exception {
        Object value = null;
        for (int i = 0; i < 600; i++) {
            value = sql(url, query, parameter);
            if (expected.equals(value)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(query + " gave " + value + ", not " + expected + ", for 60 s");
    }

    /** The day in the platform's deadline zone (the tests' configuration). */
    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
    }

    private static int addIdentity(ItHttp http, String path, String body, String token) throws Exception {
        HttpResponse<String> response =
                token == null ? http.post(path, body, null) : http.post(path, body, null, "X-Request-Token", token);
        return response.statusCode();
    }

    private static HttpResponse<String> proveIdentity(ItHttp http, String id, String code, String token)
            throws Exception {
        return http.post(
                "api/v1/requests/" + id + "/identities/verify",
                "{\"code\":\"" + code + "\"}",
                null,
                "X-Request-Token",
                token);
    }

    /** Submits, proves the address with the {@code codeNumber}-th code mailed there, and approves as staff. */
    private static String proveAndApprove(ItHttp http, String subject, String type, int codeNumber) throws Exception {
        String id = submitAndProve(http, subject, type, codeNumber);
        HttpResponse<String> approved = http.post("api/v1/admin/requests/" + id + "/approve", "", ADMIN);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private static JsonObject awaitStatus(ItHttp http, String id, String status) throws Exception {
        JsonObject request = null;
        for (int i = 0; i < 600; i++) {
            request = json(http.get("api/v1/admin/requests/" + id, ADMIN));
            if (request.getString("status").equals(status)) {
                return request;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Request " + id + " did not reach " + status + " within 60 s: " + request);
    }

    private static JsonObject task(JsonObject request, String system) {
        return request.getJsonArray("tasks").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(task -> task.getString("system").equals(system))
                .findFirst()
                .orElseThrow();
    }

    /** Follows the mailed link as the subject does: a code to the address, then the archive for it. */
    private static ExportArchive fetchArchive(ItHttp http, String subject) throws Exception {
        String token = MailCatcher.awaitMail(subject, READY, 1).find("download\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
        assertThat(http.post("api/v1/downloads/" + token + "/code", "", null).statusCode())
                .isEqualTo(202);
        String code = MailCatcher.awaitMail(subject, DOWNLOAD_CODE, 1).find(CODE);
        HttpResponse<byte[]> archive = download(http, token, code);
        assertThat(archive.statusCode()).isEqualTo(200);
        return ExportArchive.read(archive.body());
    }

    private static HttpResponse<byte[]> download(ItHttp http, String token, String code) throws Exception {
        return http.postForBytes("api/v1/downloads/" + token, "{\"code\":\"" + code + "\"}");
    }

    private long timedSubmit(ItHttp http, String address) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response =
                http.post("api/v1/requests", "{\"type\":\"INFORMATION\",\"email\":\"" + address + "\"}", null);
        long elapsed = System.nanoTime() - started;
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).getString("status")).isEqualTo("IDENTITY_UNVERIFIED");
        return elapsed;
    }

    /** Submits in English and proves the address with the {@code codeNumber}-th code mailed there. */
    private static String submitAndProve(ItHttp http, String address, String type, int codeNumber) throws Exception {
        String id = submit(http, address, type, "en");
        verify(
                http,
                id,
                "{\"code\":\""
                        + MailCatcher.awaitMail(address, CONFIRM, codeNumber).find(CODE) + "\"}",
                200);
        return id;
    }

    private static String submit(ItHttp http, String address, String type, String language) throws Exception {
        HttpResponse<String> response = http.post(
                "api/v1/requests",
                "{\"type\":\"" + type + "\",\"email\":\"" + address + "\",\"language\":\"" + language + "\"}",
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json(response).getString("id");
    }

    private static HttpResponse<String> verify(ItHttp http, String id, String body, int expectedStatus)
            throws Exception {
        HttpResponse<String> response = http.post("api/v1/requests/" + id + "/verify", body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response;
    }

    private static String fresh(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@subjects.test";
    }
}

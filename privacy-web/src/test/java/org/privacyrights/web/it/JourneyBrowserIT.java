package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.mail.MailCategories;

/**
 * Whole journeys in two browsers, the subject's and a staff member's, against the real mail server: the subject
 * asks, proves the address with the mailed code and watches the status page; staff approve on the dashboard; the
 * subject downloads the archive after a second code, or sees the erasure done.
 */
@ExtendWith(ArquillianExtension.class)
class JourneyBrowserIT {

    private static final String CODE = "Your code: (\\d{6})";
    private static final String ADMIN = "admin:it-admin-password";
    private static final String TOKEN = "download\\.xhtml\\?token=([A-Za-z0-9_-]{43})";

    private static Browser subject;
    private static Browser staff;

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browsers.deployment();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowsers() {
        subject = BROWSERS.open();
        staff = BROWSERS.open();
    }

    @Test
    void aSubjectAsksForTheirDataAndOpensTheArchiveTheyDownload() throws Exception {
        MailFixture mail = new MailFixture().create(1, 4);
        try {
            String id = askAndProve("ACCESS", mail.subject);
            approve(id);

            subject.waitForText("state", "Completed");
            assertThat(subject.find("systems").getText()).contains("mail: done");
            // Staff see what the archive holds before the subject fetches it.
            staff.click(By.id("request:showExport"));
            staff.waitForText("request:export", MailCategories.OWN_MAILBOX);
            assertThat(staff.find("request:export").getText()).contains("The archive is built", "summary.pdf", ".mbox");
            ItHttp http = new ItHttp(base);
            jakarta.json.JsonObject contents =
                    ItHttp.json(http.get("api/v1/admin/requests/" + id + "/export-contents", ADMIN));
            assertThat(contents.getBoolean("assembled")).isTrue();
            assertThat(contents.toString()).contains(MailCategories.OWN_MAILBOX);
            assertThat(ItHttp.json(http.get(
                                    "api/v1/admin/audit/events?action=EXPORT_CONTENTS_VIEWED&request=" + id, ADMIN))
                            .getInt("total"))
                    .isEqualTo(2);
            String token = MailCatcher.awaitMail(mail.subject, "Your data is ready to download", 1)
                    .find(TOKEN);
            subject.open(base + "download.xhtml?token=" + token);
            assertThat(subject.seriousAccessibilityViolations())
                    .as("the download page")
                    .isEmpty();
            subject.click(By.id("download:sendCode"));
            subject.visible("download:code");
            String code =
                    MailCatcher.awaitMail(mail.subject, "Your download code", 1).find(CODE);
            subject.type("download:code", code);
            subject.click(By.id("download:get"));

            ExportArchive archive = ExportArchive.read(subject.awaitDownload(".zip"));
            archive.assertEveryFileMatchesTheManifest();
            assertThat(archive.recordsOf("mail", MailCategories.OWN_MAILBOX)).isEqualTo(mail.ownMessages);
            assertThat(archive.recordsOf("mail", MailCategories.ACCOUNT)).isEqualTo(1);
            assertThat(archive.paths()).contains("summary.html", "summary.pdf");
        } finally {
            mail.drop();
        }
    }

    @Test
    void aSubjectAsksForErasureAndTheAccountIsGoneFromTheMailServer() throws Exception {
        MailFixture mail = new MailFixture().create(1, 2);
        try {
            assertThat(mailAccounts(mail.subject)).isEqualTo(1);
            String id = askAndProve("ERASURE", mail.subject);
            approve(id);

            subject.waitForText("state", "Completed");
            assertThat(subject.find("systems").getText()).contains("mail: done");
            assertThat(MailCatcher.awaitMail(mail.subject, "Your request " + id + " is complete", 1)
                            .body())
                    .contains("- mail:", "erased");
            assertThat(mailAccounts(mail.subject)).isZero();
            assertThat(new ItHttp(base)
                            .get("api/v1/admin/requests/" + id + "/erasure-policy", ADMIN)
                            .body())
                    .contains("mail.message.other-mailbox");
        } finally {
            mail.drop();
        }
    }

    /** The subject's part up to the status page, which shows the request waiting for staff; returns its id. */
    private String askAndProve(String right, String address) throws Exception {
        subject.open(base + "index.xhtml");
        String radio = subject.find("submit")
                .findElement(By.cssSelector("input[value='" + right + "']"))
                .getAttribute("id");
        subject.click(By.cssSelector("label[for='" + radio + "']"));
        subject.type("submit:email", address);
        subject.click(By.id("submit:send"));
        subject.visible("submit:receipt");
        String code =
                MailCatcher.awaitMail(address, "Your confirmation code", 1).find(CODE);
        subject.click(By.id("submit:confirmNow"));
        subject.type("verify:code", code);
        subject.click(By.id("verify:confirm"));
        subject.visible("verify:status");
        assertThat(subject.find("state").getText()).isEqualTo("Awaiting approval");
        return subject.find("reference").getText();
    }

    private void approve(String id) {
        staff.signIn(base.toString(), "admin", "it-admin-password");
        staff.open(base + "staff/request.xhtml?id=" + id);
        staff.click(By.id("request:approve"));
        staff.waitForText("status", "Completed");
    }

    private static int mailAccounts(String address) throws Exception {
        try (Connection db =
                        DriverManager.getConnection(TestServices.MAIL_DATABASE_URL, TestServices.POSTGRES_USER, "");
                PreparedStatement query = db.prepareStatement("SELECT count(*) FROM mail_user WHERE email = ?")) {
            query.setString(1, address);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}

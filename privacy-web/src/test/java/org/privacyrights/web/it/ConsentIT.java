package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.policy.application.PolicyNoticeBatch;

/**
 * Consent as other systems record and check it through the API with their keys, as staff read it, and as the audit
 * chain vouches for it; policy versions, the login gate and its acknowledgement page, and the notices of new
 * versions.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    private static final String ADMIN = "admin:it-admin-password";
    private static final String NOTICE = "Yes, send me the monthly newsletter. You can unsubscribe at any time.";

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform("mail", "java:app/privacy/contacts").addClass(FacesForm.class);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/privacy")
    DataSource database;

    @EJB
    PolicyNoticeBatch notices;

    @Test
    @RunAsClient
    void aSystemRecordsConsentAndTheCheckSeesAWithdrawalAtOnce() throws Exception {
        String webmail = issueKey("webmail-" + suffix());
        String email = "consent-" + suffix() + "@example.org";

        HttpResponse<String> given = record(webmail, email, "newsletter", true, "203.0.113.77");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        JsonObject record = ItHttp.json(given);
        assertThat(record.getString("sourceNetwork")).isEqualTo("203.0.113.0/24");
        assertThat(record.getString("channel")).isEqualTo("webmail");
        assertThat(record.getString("recordedBy")).startsWith("system:webmail-");
        assertThat(record.getString("seal")).hasSize(64);
        assertThat(check(webmail, email, "newsletter"))
                .isEqualTo(answer(
                        "newsletter", true, record.getJsonNumber("recordId").longValue()));

        JsonObject withdrawn =
                ItHttp.json(record(webmail, email.toUpperCase(), "newsletter", false, "2001:db8:1:2::9"));
        assertThat(withdrawn.getString("sourceNetwork")).isEqualTo("2001:db8:1:0:0:0:0:0/48");
        assertThat(check(webmail, email, "newsletter"))
                .isEqualTo(answer(
                        "newsletter", false, withdrawn.getJsonNumber("recordId").longValue()));
        assertThat(check(webmail, email, "partner-sharing"))
                .isEqualTo("{\"granted\":false,\"purpose\":\"partner-sharing\"}");
        assertThat(check(webmail, "never-seen-" + suffix() + "@example.org", "newsletter"))
                .isEqualTo("{\"granted\":false,\"purpose\":\"newsletter\"}");

        JsonArray history;
        try (JsonReader reader =
                Json.createReader(new StringReader(http().get("api/v1/admin/consents?subject=" + encode(email), ADMIN)
                        .body()))) {
            history = reader.readArray();
        }
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getBoolean("granted")).isTrue();
        assertThat(history.getJsonObject(1).getBoolean("granted")).isFalse();
        HttpResponse<String> notice =
                http().get("api/v1/admin/consents/notices/" + record.getString("noticeHash"), ADMIN);
        assertThat(notice.body()).isEqualTo(NOTICE);
    }

    @Test
    @RunAsClient
    void theConsentApiTakesOnlyTheKeyOfAnActiveSystem() throws Exception {
        String name = "helpdesk-" + suffix();
        String key = issueKey(name);
        String email = "keys-" + suffix() + "@example.org";

        assertThat(http().get(checkPath(email, "newsletter"), null).statusCode())
                .isEqualTo(401);
        assertThat(http().get(checkPath(email, "newsletter"), null, "Authorization", "Bearer prk_forged")
                        .statusCode())
                .isEqualTo(401);
        assertThat(http().get(checkPath(email, "newsletter"), null, bearer(key)).statusCode())
                .isEqualTo(200);
        // Staff read histories; they do not pose as a system in the check API.
        assertThat(http().get(checkPath(email, "newsletter"), ADMIN).statusCode())
                .isEqualTo(403);
        // A system key opens nothing of the staff API.
        assertThat(http().get("api/v1/admin/requests", null, bearer(key)).statusCode())
                .isEqualTo(403);

        HttpResponse<String> revoked = http().post("api/v1/admin/api-clients/" + name + "/revoke", "", ADMIN);
        assertThat(ItHttp.json(revoked).getString("revokedAt")).isNotBlank();
        assertThat(http().get(checkPath(email, "newsletter"), null, bearer(key)).statusCode())
                .isEqualTo(401);
        HttpResponse<String> list = http().get("api/v1/admin/api-clients", ADMIN);
        assertThat(list.body()).contains("\"name\":\"" + name + "\"").doesNotContain("prk_");
    }

    @Test
    @RunAsClient
    void badConsentInputGetsAClearErrorAndRecordsNothing() throws Exception {
        String key = issueKey("chat-" + suffix());
        String email = "bad-input-" + suffix() + "@example.org";

        assertError(
                http().post(
                                "api/v1/consents",
                                "{\"email\":\"" + email + "\",\"purpose\":\"newsletter\","
                                        + "\"granted\":true,\"channel\":\"chat\",\"action\":\"clicked\"}",
                                null,
                                bearer(key)),
                400,
                "noticeText");
        assertError(record(key, email, "no-such-purpose", true, null), 400, "purpose");
        assertError(record(key, email, "newsletter", true, "evil.example.org"), 400, "ipAddress");
        assertError(record(key, "not-an-address", "newsletter", true, null), 400, "email");
        assertError(
                http().post(
                                "api/v1/consents",
                                "{\"email\":\"" + email + "\",\"purpose\":\"newsletter\","
                                        + "\"noticeText\":\"x\",\"channel\":\"Chat Window\",\"action\":\"clicked\"}",
                                null,
                                bearer(key)),
                400,
                null);
        assertError(http().get(checkPath(email, "no-such-purpose"), null, bearer(key)), 404, null);
        assertError(http().get("api/v1/consents/check?purpose=newsletter", null, bearer(key)), 400, "subject");

        assertThat(http().get("api/v1/admin/consents?subject=" + encode(email), ADMIN)
                        .statusCode())
                .isEqualTo(404);
    }

    /** Changing a record in the database is found by the chain check, which names the record. */
    @Test
    void anEditedConsentRecordBreaksTheChainCheck() throws Exception {
        String key = issueKey("portal-" + suffix());
        String email = "tamper-" + suffix() + "@example.org";
        long id = ItHttp.json(record(key, email, "partner-sharing", false, "192.0.2.1"))
                .getJsonNumber("recordId")
                .longValue();
        assertThat(ItHttp.json(http().get("api/v1/admin/audit/verification", ADMIN)))
                .doesNotContainKey("problem");

        sql("UPDATE consent_record SET granted = TRUE WHERE id = " + id);
        try {
            JsonObject verification = ItHttp.json(http().get("api/v1/admin/audit/verification", ADMIN));
            assertThat(verification.getString("problem"))
                    .isEqualTo("consent record " + id + " was changed after it was written");
        } finally {
            sql("UPDATE consent_record SET granted = FALSE WHERE id = " + id);
        }
        assertThat(ItHttp.json(http().get("api/v1/admin/audit/verification", ADMIN)))
                .doesNotContainKey("problem");
    }

    // ---- policies and the login gate --------------------------------------------------------------------

    @Test
    @RunAsClient
    void theLoginGateBlocksUntilTheCurrentVersionIsAcceptedAndRecordsIt() throws Exception {
        String channel = "webmail-" + suffix();
        String document = channel + "-disclaimer";
        String key = issueKey("gate-" + suffix());
        String email = "gate-" + suffix() + "@example.org";
        publish(document, channel, true, "Use of the webmail", "Mail is kept 90 days. <script>alert(1)</script>");
        String back = "https://webmail.example.org/login/continue?session=42";

        JsonObject blocked = ItHttp.json(http().get(gatePath(email, channel, back), null, bearer(key)));
        assertThat(blocked.getBoolean("acknowledged")).isFalse();
        assertThat(blocked.getJsonArray("pending").getJsonObject(0).getString("document"))
                .isEqualTo(document);
        String page = blocked.getString("acknowledgeUrl");
        assertThat(page).contains("acknowledge.xhtml?ticket=");
        assertError(
                http().get(gatePath(email, channel, "https://evil.example.org/"), null, bearer(key)), 400, "return");
        assertError(
                http().get(gatePath(email, channel, "https://webmail.example.org.evil.org/x"), null, bearer(key)),
                400,
                "return");

        FacesForm browser = new FacesForm();
        HttpResponse<String> shown = browser.open(URI.create(base + page.substring(page.indexOf("acknowledge.xhtml"))));
        assertThat(shown.body())
                .contains("Use of the webmail")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        HttpResponse<String> accepted = browser.press("ack", "accept");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location")).contains(back);

        assertThat(ItHttp.json(http().get(gatePath(email, channel, back), null, bearer(key)))
                        .getBoolean("acknowledged"))
                .isTrue();
        assertThat(http().get("api/v1/admin/policies/" + document + "/coverage", ADMIN)
                        .body())
                .isEqualTo("{\"1\":1}");

        String forged = page.substring(page.indexOf("acknowledge.xhtml")).replace("ticket=", "ticket=x");
        assertThat(new FacesForm().open(URI.create(base + forged)).body()).contains("not valid or has expired");
    }

    @Test
    @RunAsClient
    void aGlobalPrivacyControlSignalOnThePortalIsRecordedAsAnOptOutOfSaleAndSharing() throws Exception {
        String channel = "chat-" + suffix();
        String key = issueKey("gpc-" + suffix());
        String email = "gpc-" + suffix() + "@example.org";
        publish(channel + "-notice", channel, true, "Live chat notice", "Chats are kept for 30 days.");
        record(key, email, "partner-sharing", true, null);
        record(key, email, "newsletter", true, null);
        String page = ItHttp.json(
                        http().get(gatePath(email, channel, "https://webmail.example.org/chat"), null, bearer(key)))
                .getString("acknowledgeUrl");

        FacesForm browser = new FacesForm("Sec-GPC", "1");
        browser.open(URI.create(base + page.substring(page.indexOf("acknowledge.xhtml"))));
        assertThat(browser.press("ack", "accept").statusCode()).isEqualTo(302);

        assertThat(ItHttp.json(http().get(checkPath(email, "partner-sharing"), null, bearer(key)))
                        .getBoolean("granted"))
                .isFalse();
        assertThat(ItHttp.json(http().get(checkPath(email, "newsletter"), null, bearer(key)))
                        .getBoolean("granted"))
                .as("GPC concerns sale and sharing only")
                .isTrue();
        assertThat(http().get("api/v1/admin/consents?subject=" + encode(email), ADMIN)
                        .body())
                .contains("\"action\":\"Global Privacy Control signal (Sec-GPC: 1)\"");
    }

    // ---- registers ----------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theRegisterOfProcessingActivitiesExportsAsCsvAndPdfForTheDpoOnly() throws Exception {
        HttpResponse<String> json = http().get("api/v1/admin/register", ADMIN);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body())
                .contains("\"role\":\"CONTROLLER\"")
                .contains("\"assessment\":\"lia-product-quality\"")
                .contains("\"balancingTest\"");

        HttpResponse<String> csv = http().get("api/v1/admin/register/csv", ADMIN);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("System,Activity,Our role,Controller,Purposes,Legal basis");
        assertThat(lines).hasSize(4);
        assertThat(csv.body()).contains("Standard Contractual Clauses");

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(base + "api/v1/admin/register/pdf"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String key = issueKey("register-" + suffix());
        assertThat(http().get("api/v1/admin/register", null, bearer(key)).statusCode())
                .isEqualTo(403);
    }

    // ---- marketing: double opt-in ------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aMarketingSignUpGrantsNothingUntilTheMailedLinkIsConfirmedAndTheLinkWorksOnce() throws Exception {
        String key = issueKey("site-" + suffix());
        String email = "signup-" + suffix() + "@example.org";
        HttpResponse<String> signedUp = http().post("api/v1/marketing/signups", signup(email, "newsletter"), null);
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(202);
        assertThat(ItHttp.json(http().get(checkPath(email, "newsletter"), null, bearer(key)))
                        .getBoolean("granted"))
                .isFalse();
        assertError(http().post("api/v1/marketing/signups", signup(email, "no-such-purpose"), null), 400, "purpose");

        String link = MailCatcher.awaitMail(email, "Please confirm: Newsletter", 1)
                .find("(confirm-subscription\\.xhtml\\?token=[A-Za-z0-9_%-]+)");
        FacesForm browser = new FacesForm();
        assertThat(browser.open(URI.create(base + link)).body()).contains("Newsletter");
        assertThat(ItHttp.json(http().get(checkPath(email, "newsletter"), null, bearer(key)))
                        .getBoolean("granted"))
                .as("opening the link, as mail scanners do, confirms nothing")
                .isFalse();
        assertThat(browser.press("subscription", "confirm").body()).contains("your subscription is confirmed");

        assertThat(ItHttp.json(http().get(checkPath(email, "newsletter"), null, bearer(key)))
                        .getBoolean("granted"))
                .isTrue();
        assertThat(http().get("api/v1/admin/consents?subject=" + encode(email), ADMIN)
                        .body())
                .contains("\"action\":\"confirmed the double opt-in link\"");
        assertThat(new FacesForm().open(URI.create(base + link)).body()).contains("not valid any more");
    }

    /** An unconfirmed sign-up expires: its link then grants nothing. */
    @Test
    void anExpiredSignUpLinkGrantsNothing() throws Exception {
        String email = "late-" + suffix() + "@example.org";
        assertThat(http().post("api/v1/marketing/signups", signup(email, "newsletter"), null)
                        .statusCode())
                .isEqualTo(202);
        String link = MailCatcher.awaitMail(email, "Please confirm: Newsletter", 1)
                .find("(confirm-subscription\\.xhtml\\?token=[A-Za-z0-9_%-]+)");

        sql("UPDATE marketing_signup SET expires_at = created_at WHERE email = '" + email + "'");

        assertThat(new FacesForm().open(URI.create(base + link)).body()).contains("not valid any more");
    }

    private static String signup(String email, String purpose) {
        return "{\"email\":\"" + email + "\",\"purpose\":\"" + purpose + "\",\"noticeText\":\"Yes, send me"
                + " the newsletter.\",\"language\":\"en\"}";
    }

    /** Only a version that needs accepting asks again; each person who accepted an earlier one is told once. */
    @Test
    void aNewVersionThatNeedsAcceptingAsksAgainAndTellsEachPersonOnce() throws Exception {
        String channel = "helpdesk-" + suffix();
        String document = channel + "-terms";
        String key = issueKey("notices-" + suffix());
        String ada = "ada-" + suffix() + "@example.org";
        String bob = "bob-" + suffix() + "@example.org";
        String back = "https://helpdesk.example.org/portal/home";
        publish(document, channel, true, "Help desk terms", "Version one.");
        for (String person : List.of(ada, bob)) {
            HttpResponse<String> recorded = http().post(
                            "api/v1/acknowledgements",
                            "{\"subject\":\"" + person + "\",\"document\":\"" + document + "\",\"version\":1,"
                                    + "\"language\":\"en\",\"channel\":\"" + channel
                                    + "\",\"ipAddress\":\"198.51.100.4\"}",
                            null,
                            bearer(key));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }

        publish(document, channel, false, "Help desk terms", "Version two: typo fixed.");
        assertThat(gateOpen(key, ada, channel, back)).isTrue();
        notices.sendNext();
        assertThat(noticesTo(ada)).isZero();

        publish(document, channel, true, "Help desk terms", "Version three: new retention periods.");
        assertThat(gateOpen(key, ada, channel, back)).isFalse();
        assertThat(gateOpen(key, bob, channel, back)).isFalse();
        notices.sendNext();
        notices.sendNext();
        assertThat(noticesTo(ada)).isEqualTo(1);
        assertThat(noticesTo(bob)).isEqualTo(1);
        assertThat(ItHttp.json(http().get("api/v1/admin/audit/verification", ADMIN)))
                .doesNotContainKey("problem");
    }

    private void publish(String document, String channel, boolean acknowledge, String title, String body)
            throws Exception {
        HttpResponse<String> published = http().post(
                        "api/v1/admin/policies",
                        "{\"document\":\"" + document + "\",\"channel\":\"" + channel
                                + "\",\"requiresAcknowledgement\":"
                                + acknowledge + ",\"texts\":[{\"language\":\"en\",\"title\":\"" + title
                                + "\",\"body\":\""
                                + body + "\"},{\"language\":\"de\",\"title\":\"" + title + " (de)\",\"body\":\"" + body
                                + "\"}]}",
                        ADMIN);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    private boolean gateOpen(String key, String email, String channel, String back) throws Exception {
        return ItHttp.json(http().get(gatePath(email, channel, back), null, bearer(key)))
                .getBoolean("acknowledged");
    }

    private static String gatePath(String email, String channel, String back) {
        return "api/v1/acknowledgements/check?subject=" + encode(email) + "&channel=" + channel + "&return="
                + encode(back);
    }

    private long noticesTo(String email) throws Exception {
        try (Connection connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM outbox_mail WHERE recipient = ? AND template = 'policy-update'")) {
            query.setString(1, email);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String issueKey(String name) throws Exception {
        HttpResponse<String> issued = http().post(
                        "api/v1/admin/api-clients",
                        "{\"name\":\"" + name
                                + "\",\"scopes\":[\"RECORD_CONSENT\",\"CHECK_CONSENT\",\"LOGIN_GATE\",\"UNSUBSCRIBE_HEADERS\"]}",
                        ADMIN);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return ItHttp.json(issued).getString("key");
    }

    private HttpResponse<String> record(String key, String email, String purpose, boolean granted, String ip)
            throws Exception {
        String body = "{\"email\":\"" + email + "\",\"purpose\":\"" + purpose + "\",\"granted\":" + granted
                + ",\"noticeText\":\"" + NOTICE + "\",\"channel\":\"webmail\",\"action\":\"ticked the box at login\""
                + (ip == null ? "" : ",\"ipAddress\":\"" + ip + "\"") + ",\"userAgent\":\"Mozilla/5.0 (X11)\"}";
        return http().post("api/v1/consents", body, null, bearer(key));
    }

    private String check(String key, String email, String purpose) throws Exception {
        HttpResponse<String> answer = http().get(checkPath(email, purpose), null, bearer(key));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String answer(String purpose, boolean granted, long recordId) {
        return "{\"granted\":" + granted + ",\"purpose\":\"" + purpose + "\",\"recordId\":" + recordId + "}";
    }

    private static String checkPath(String email, String purpose) {
        return "api/v1/consents/check?subject=" + encode(email) + "&purpose=" + purpose;
    }

    private static String[] bearer(String key) {
        return new String[] {"Authorization", "Bearer " + key};
    }

    private static void assertError(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonObject error = ItHttp.json(response);
        assertThat(error.getString("message")).isNotBlank();
        if (field != null) {
            assertThat(error.getString("field")).isEqualTo(field);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private ItHttp http() {
        return new ItHttp(base);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

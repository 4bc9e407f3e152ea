package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consent as other systems record and check it through the API with their keys, as staff read it, and as the audit
 * chain vouches for it.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    private static final String ADMIN = "admin:it-admin-password";
    private static final String NOTICE = "Yes, send me the monthly newsletter. You can unsubscribe at any time.";

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform("mail", "java:app/privacy/contacts");
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/privacy")
    DataSource database;

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

    private String issueKey(String name) throws Exception {
        HttpResponse<String> issued = http().post("api/v1/admin/api-clients", "{\"name\":\"" + name + "\"}", ADMIN);
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

package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.web.config.auth.StaffTokenCodec;

/**
 * Attacks on staff credentials, performed over HTTP against the deployed platform: guessing passwords against one
 * user and from one address, forged, expired and revoked API tokens, weak passwords, and cross-site form posts to
 * the staff API. All calls come from 127.0.0.1, so the test that exhausts that address's allowance runs last.
 * Before these defences every one of these attacks succeeded: unlimited guesses got 401 after 401, tokens did not
 * exist, the quick start's password was accepted for a new user, and a form post approved a verification.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class CredentialsAbuseIT {

    private static final String ADMIN = "admin:it-admin-password";
    private static final String TOKEN_SECRET = "credentials-abuse-it-token-secret";
    private static final int PER_IP_PER_HOUR = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        MailServer.start();
        // Small allowances so that an attack reaches them quickly: five sign-ins per user in ten seconds and seven
        // in an hour (the backoff), sixty per address in an hour. The base URL is HTTPS, as behind a TLS proxy.
        return ItDeployment.platform(
                "",
                "java:app/privacy/unreachable",
                "privacy.auth.sign-in.limits-per-user=5/10s, 7/1h",
                "privacy.auth.sign-in.limits-per-ip=" + PER_IP_PER_HOUR + "/1h",
                "privacy.auth.token.secret=" + TOKEN_SECRET,
                "privacy.base-url=https://privacy.example.test/",
                // Above the system properties every in-container test starts with (a base URL over HTTP).
                "config_ordinal=500");
    }

    @ArquillianResource
    URL base;

    // ---- password guessing ----------------------------------------------------------------------------------

    @Test
    @Order(1)
    void guessingOneUsersPasswordIsThrottledWithGrowingBackoffAuditedAndTheUserIsTold() throws Exception {
        String user = "guessed-" + shortId();
        String email = user + "@staff.example.org";
        createStaff(user, "AGENT", "the-right-password-1", email);

        for (int guess = 1; guess <= 5; guess++) {
            assertThat(basicGet(user, "guess-" + guess).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = basicGet(user, "guess-6");
        assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
        long firstWait = retryAfter(throttled);
        assertThat(firstWait).isBetween(1L, 10L);
        assertThat(basicGet(user, "the-right-password-1").statusCode())
                .as("while locked, even the right password is not tried")
                .isEqualTo(429);
        FacesForm login = new FacesForm();
        login.open(URI.create(base + "staff/login.xhtml"));
        HttpResponse<String> page =
                login.press("login", "signIn", "username", user, "password", "the-right-password-1");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many sign-in attempts");

        // The first step of the backoff lets attempts through again as its window slides on (refused attempts
        // took nothing from it): two more may be tried, then the hour's allowance of seven ends the guessing with a
        // far longer wait.
        assertThat(awaitNotThrottled(user, "guess-7", Duration.ofSeconds(30)).statusCode())
                .isEqualTo(401);
        assertThat(awaitNotThrottled(user, "guess-8", Duration.ofSeconds(30)).statusCode())
                .isEqualTo(401);
        assertThat(awaitLongerLockout(user, "guess-9", firstWait, Duration.ofSeconds(30)))
                .as("the second lockout lasts longer")
                .isGreaterThan(firstWait * 60);

        MailCatcher.Received notice = MailCatcher.awaitMail(email, "[privacy] Sign-in to your staff account", 1);
        assertThat(notice.body()).contains(user).doesNotContain("guess-");
        HttpResponse<String> audit =
                new ItHttp(base).get("api/v1/admin/audit/events?action=STAFF_SIGN_IN_LOCKED", ADMIN);
        assertThat(audit.body()).contains("user=" + user);
    }

    // ---- API tokens -------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void aTokenStopsWorkingWhenThePasswordChangesOrTheUserIsShutOut() throws Exception {
        String user = "token-" + shortId();
        createStaff(user, "AGENT", "token-password-one", null);

        String first = token(user, "token-password-one");
        HttpResponse<String> me = bearerGet("api/v1/staff/me", first);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).getString("username")).isEqualTo(user);
        assertThat(bearerGet("api/v1/admin/requests?size=1", first).statusCode())
                .isEqualTo(200);

        HttpResponse<String> changed = http(
                "POST",
                "api/v1/staff/me/password",
                "application/json",
                "{\"currentPassword\":\"token-password-one\",\"newPassword\":\"token-password-two\"}",
                "Bearer " + first);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(bearerGet("api/v1/staff/me", first).statusCode())
                .as("a token issued before the password changed")
                .isEqualTo(401);
        assertThat(basicGet(user, "token-password-one").statusCode()).isEqualTo(401);

        String second = token(user, "token-password-two");
        assertThat(bearerGet("api/v1/staff/me", second).statusCode()).isEqualTo(200);
        HttpResponse<String> shutOut =
                new ItHttp(base).put("api/v1/admin/staff/" + user + "/enabled", "{\"enabled\":false}", ADMIN);
        assertThat(shutOut.statusCode()).as(shutOut.body()).isEqualTo(200);
        assertThat(bearerGet("api/v1/staff/me", second).statusCode())
                .as("a token of a user who was shut out")
                .isEqualTo(401);
        HttpResponse<String> audit =
                new ItHttp(base).get("api/v1/admin/audit/events?action=STAFF_PASSWORD_CHANGED", ADMIN);
        assertThat(audit.body()).contains("user=" + user);
    }

    @Test
    @Order(3)
    void forgedAlteredAndExpiredTokensAreRefused() throws Exception {
        String user = "forger-" + shortId();
        createStaff(user, "AUDITOR", "forger-password-1", null);
        String real = token(user, "forger-password-1");
        assertThat(bearerGet("api/v1/staff/me", real).statusCode()).isEqualTo(200);

        StaffTokenCodec.Claims claims =
                new StaffTokenCodec(TOKEN_SECRET).open(real, Instant.now()).orElseThrow();
        StaffTokenCodec.Claims asAdmin =
                new StaffTokenCodec.Claims(user, List.of("ADMIN"), claims.stamp(), claims.expiresAt());
        String wrongSecret = new StaffTokenCodec("another-secret-entirely-0123").sign(asAdmin);
        String expired = new StaffTokenCodec(TOKEN_SECRET)
                .sign(new StaffTokenCodec.Claims(
                        user, claims.roles(), claims.stamp(), Instant.now().minusSeconds(5)));
        String rightSecret = new StaffTokenCodec(TOKEN_SECRET).sign(asAdmin);
        String payload = rightSecret.substring(0, rightSecret.lastIndexOf('.'));
        String altered = payload + real.substring(real.lastIndexOf('.'));

        for (String forged : List.of(wrongSecret, expired, altered, real + "x", "pst.garbage")) {
            HttpResponse<String> refused = bearerGet("api/v1/admin/staff", forged);
            assertThat(refused.statusCode()).as(forged).isEqualTo(401);
            assertThat(json(refused).getString("error")).isEqualTo("unauthorized");
        }
    }

    // ---- passwords --------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void weakPasswordsAreRefusedForNewStaffAndWhenChanging() throws Exception {
        String user = "weak-" + shortId();
        for (String weak :
                List.of("short-pw", user, user.toUpperCase(), "quickstart-admin-password", "change-me-too")) {
            HttpResponse<String> refused = new ItHttp(base)
                    .post(
                            "api/v1/admin/staff",
                            "{\"username\":\"" + user + "\",\"displayName\":\"Weak\",\"roles\":[\"AGENT\"],"
                                    + "\"password\":\"" + weak + "\"}",
                            ADMIN);
            assertThat(refused.statusCode()).as(weak + ": " + refused.body()).isEqualTo(400);
            assertThat(json(refused).getString("field")).isEqualTo("password");
        }
        createStaff(user, "AGENT", "a-strong-password-1", null);
        HttpResponse<String> weakChange = http(
                "POST",
                "api/v1/staff/me/password",
                "application/json",
                "{\"currentPassword\":\"a-strong-password-1\",\"newPassword\":\"" + user + "\"}",
                basic(user, "a-strong-password-1"));
        assertThat(weakChange.statusCode()).as(weakChange.body()).isEqualTo(400);
        HttpResponse<String> wrongCurrent = http(
                "POST",
                "api/v1/staff/me/password",
                "application/json",
                "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"another-strong-one-2\"}",
                basic(user, "a-strong-password-1"));
        assertThat(wrongCurrent.statusCode()).as(wrongCurrent.body()).isEqualTo(400);
        assertThat(basicGet(user, "a-strong-password-1").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void thePasswordIsChangedOnTheDashboardWithTheCurrentOne() throws Exception {
        String user = "page-" + shortId();
        createStaff(user, "AUDITOR", "page-password-one", null);
        FacesForm browser = FacesForm.behindTlsProxy();
        browser.open(URI.create(base + "staff/login.xhtml"));
        HttpResponse<String> signedIn =
                browser.press("login", "signIn", "username", user, "password", "page-password-one");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .as("the session cookie, served for an HTTPS base URL")
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("; Secure")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));

        browser.open(URI.create(base + "staff/password.xhtml"));
        HttpResponse<String> wrong = browser.press(
                "password",
                "change",
                "current",
                "not-the-password",
                "next",
                "page-password-two",
                "repeat",
                "page-password-two");
        assertThat(wrong.body()).contains("The current password is not right");
        browser.open(URI.create(base + "staff/password.xhtml"));
        HttpResponse<String> changed = browser.press(
                "password",
                "change",
                "current",
                "page-password-one",
                "next",
                "page-password-two",
                "repeat",
                "page-password-two");
        assertThat(changed.body()).contains("Your password was changed");
        assertThat(basicGet(user, "page-password-one").statusCode()).isEqualTo(401);
        assertThat(basicGet(user, "page-password-two").statusCode()).isEqualTo(200);
    }

    // ---- cross-site requests ----------------------------------------------------------------------------------

    @Test
    @Order(6)
    void aCrossSiteFormPostToTheStaffApiIsRefusedAndChangesNothing() throws Exception {
        String id = json(new ItHttp(base)
                        .post("api/v1/requests", "{\"type\":\"ERASURE\",\"email\":\"csrf@example.org\"}", null))
                .getString("id");
        String admin = basic("admin", "it-admin-password");

        // What a form on another site can send with the browser's remembered Basic credentials.
        for (String contentType : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data")) {
            HttpResponse<String> refused =
                    http("POST", "api/v1/admin/requests/" + id + "/verify", contentType, "", admin);
            assertThat(refused.statusCode())
                    .as(contentType + ": " + refused.body())
                    .isEqualTo(403);
            assertThat(json(refused).getString("error")).isEqualTo("cross_site_refused");
        }
        assertThat(http("POST", "api/v1/admin/requests/" + id + "/verify", null, "", admin)
                        .statusCode())
                .isEqualTo(403);
        assertThat(json(new ItHttp(base).get("api/v1/requests/" + id, ADMIN)).getString("status"))
                .isEqualTo("IDENTITY_UNVERIFIED");

        HttpResponse<String> withHeader =
                http("POST", "api/v1/admin/requests/" + id + "/verify", null, "", admin, "X-Requested-By", "it");
        assertThat(withHeader.statusCode()).as(withHeader.body()).isEqualTo(200);
        assertThat(json(withHeader).getString("status")).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    @Order(7)
    void guessingFromOneAddressIsThrottledWhateverTheUserName() throws Exception {
        HttpResponse<String> last = null;
        int attempts = 0;
        while (attempts <= PER_IP_PER_HOUR && (last == null || last.statusCode() != 429)) {
            last = basicGet("sprayed-" + shortId(), "spray-password");
            attempts++;
        }
        assertThat(last.statusCode()).as("after %d attempts", attempts).isEqualTo(429);
        assertThat(retryAfter(last)).isPositive();
        HttpResponse<String> tokenRefused = http(
                "POST",
                "api/v1/auth/token",
                "application/json",
                "{\"username\":\"admin\",\"password\":\"it-admin-password\"}",
                null);
        assertThat(tokenRefused.statusCode()).as(tokenRefused.body()).isEqualTo(429);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void createStaff(String username, String role, String password, String email) throws Exception {
        HttpResponse<String> created = new ItHttp(base)
                .post(
                        "api/v1/admin/staff",
                        "{\"username\":\"" + username + "\",\"displayName\":\"Test " + role + "\",\"roles\":[\""
                                + role + "\"],\"password\":\"" + password + "\""
                                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}",
                        ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> issued = http(
                "POST",
                "api/v1/auth/token",
                "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonObject body = json(issued);
        assertThat(body.getString("tokenType")).isEqualTo("Bearer");
        assertThat(Instant.parse(body.getString("expiresAt"))).isAfter(Instant.now());
        return body.getString("token");
    }

    /** Waits for the throttle to let the next attempt through (refused attempts change nothing). */
    private HttpResponse<String> awaitNotThrottled(String user, String password, Duration atMost) throws Exception {
        Instant until = Instant.now().plus(atMost);
        HttpResponse<String> response = basicGet(user, password);
        // Each refused try still counts against this address: a second between them keeps its allowance.
        while (response.statusCode() == 429 && Instant.now().isBefore(until)) {
            Thread.sleep(1_000);
            response = basicGet(user, password);
        }
        return response;
    }

    /**
     * Tries until the refusal is a longer lockout than {@code shortWait} seconds and returns its wait; 0 when an
     * attempt was let through instead.
     */
    private long awaitLongerLockout(String user, String password, long shortWait, Duration atMost) throws Exception {
        Instant until = Instant.now().plus(atMost);
        while (true) {
            HttpResponse<String> response = basicGet(user, password);
            if (response.statusCode() != 429) {
                return 0;
            }
            long wait = retryAfter(response);
            if (wait > shortWait || Instant.now().isAfter(until)) {
                return wait;
            }
            Thread.sleep(1_000);
        }
    }

    private HttpResponse<String> basicGet(String user, String password) throws Exception {
        return http("GET", "api/v1/staff/me", null, null, basic(user, password));
    }

    private HttpResponse<String> bearerGet(String path, String token) throws Exception {
        return http("GET", path, null, null, "Bearer " + token);
    }

    private HttpResponse<String> http(
            String method, String path, String contentType, String body, String authorization, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ItHttp.json(response);
    }
}

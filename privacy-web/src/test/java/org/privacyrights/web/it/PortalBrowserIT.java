package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The portal and the dashboard in a real browser (headless Chromium): what a subject and a staff member do, with
 * the pages' scripts running under the Content-Security-Policy, axe-core's WCAG 2.1 AA rules on the subject's
 * pages, and screenshots of the main pages kept with the build.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    private static final String CODE = "Your code: (\\d{6})";
    private static final String ADMIN = "admin:it-admin-password";

    private static Browser browser;

    @RegisterExtension
    static final Browsers BROWSERS = new Browsers();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browsers.deployment();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = BROWSERS.open();
    }

    @Test
    void aSubjectAsksForTheirDataAndProvesTheAddressWithTheMailedCode() throws Exception {
        String address = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@subjects.test";
        browser.open(base + "index.xhtml");
        assertThat(browser.seriousAccessibilityViolations())
                .as("the request form")
                .isEmpty();
        browser.screenshot("portal-request");

        browser.click(By.cssSelector("label[for='submit:type:1']"));
        browser.type("submit:email", address);
        browser.click(By.id("submit:send"));
        browser.visible("submit:receipt");
        assertThat(browser.pageText()).contains("We received your request");
        String code =
                MailCatcher.awaitMail(address, "Your confirmation code", 1).find(CODE);

        browser.click(By.id("submit:confirmNow"));
        browser.visible("verify:code");
        assertThat(browser.seriousAccessibilityViolations()).as("the code page").isEmpty();
        browser.type("verify:code", code);
        browser.click(By.id("verify:confirm"));
        browser.visible("verify:status");
        assertThat(browser.pageText()).contains("Give me a copy of my data");
        assertThat(browser.seriousAccessibilityViolations())
                .as("the status page")
                .isEmpty();
        browser.screenshot("portal-status");
        assertThat(browser.severeConsoleMessages())
                .as("no script was blocked or failed")
                .isEmpty();
    }

    /** What is kept and why, from the register, in plain words, in English and in German. */
    @Test
    void thePortalSaysWhatIsKeptAndWhyInEitherLanguage() throws Exception {
        browser.open(base + "about.xhtml");
        assertThat(browser.pageText())
                .contains("What we do with your data", "Example Organisation GmbH", "How long we keep it")
                .contains("Berliner Beauftragte", "within one month");
        assertThat(browser.seriousAccessibilityViolations())
                .as("the information page")
                .isEmpty();
        browser.screenshot("portal-about");

        browser.click(By.id("language:switch"));
        browser.waitForText("main", "Was wir mit Ihren Daten tun");
        assertThat(browser.find("main").findElement(By.xpath("/html")).getAttribute("lang"))
                .isEqualTo("de");
        assertThat(browser.seriousAccessibilityViolations())
                .as("the German page")
                .isEmpty();
        browser.click(By.id("language:switch"));
        browser.waitForText("main", "What we do with your data");
    }

    @Test
    void aMistakeIsExplainedAtItsFieldAndStaysAccessible() throws Exception {
        browser.open(base + "index.xhtml");
        browser.type("submit:email", "not-an-address");
        browser.click(By.id("submit:send"));

        browser.visible("submit:messages");
        assertThat(browser.find("submit:email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.seriousAccessibilityViolations())
                .as("the form with its errors")
                .isEmpty();
    }

    /**
     * Staff open a request, approve it, and watch each system's progress move on the page without
     * reloading it; the history comes from the audit trail.
     */
    @Test
    void staffApproveARequestAndWatchItsProgressLive() throws Exception {
        String id = provenRequest("live");
        signIn("admin", "it-admin-password");
        browser.open(base + "staff/request.xhtml?id=" + id);
        browser.visible("request:approve");
        assertThat(browser.find("request:timeline").getText()).contains("REQUEST_RECEIVED", "STATUS_CHANGED");

        browser.click(By.id("request:approve"));

        browser.waitForText("status", "Completed");
        assertThat(browser.find("request:tasks").getText()).contains("mail", "DONE");
        assertThat(browser.find("request:timeline").getText()).contains("SYSTEM_DONE");
        browser.screenshot("staff-request");
        signOut();
    }

    /** An agent sees no approve button, and a postback crafted to press it anyway changes nothing. */
    @Test
    void anAgentCannotApproveNotEvenByACraftedPostback() throws Exception {
        String id = provenRequest("agent");
        ItHttp http = new ItHttp(base);
        http.post(
                "api/v1/admin/staff",
                "{\"username\":\"browser-agent\",\"displayName\":\"Agent\",\"roles\":[\"AGENT\"],"
                        + "\"password\":\"agent-password-123\"}",
                ADMIN);
        signIn("browser-agent", "agent-password-123");
        browser.open(base + "staff/request.xhtml?id=" + id);
        browser.visible("request:pause");
        assertThat(browser.isPresent("request:approve")).isFalse();

        browser.submitWithCraftedButton("request", "request:approve");

        browser.visible("status");
        assertThat(ItHttp.json(http.get("api/v1/admin/requests/" + id, ADMIN)).getString("status"))
                .isEqualTo("AWAITING_APPROVAL");
        signOut();
    }

    /**
     * The preference centre opens only through the link mailed to the address; there the person switches a
     * consent on and off, accepts a new policy version and stops all marketing, each recorded as proof.
     */
    @Test
    void aPersonChangesTheirChoicesThroughTheMailedLinkAndAcceptsANewPolicyVersion() throws Exception {
        ItHttp http = new ItHttp(base);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String address = "choices-" + suffix + "@subjects.test";
        String document = "portal-terms-" + suffix;
        assertThat(http.post(
                                "api/v1/admin/policies",
                                "{\"document\":\"" + document
                                        + "\",\"channel\":\"portal\",\"requiresAcknowledgement\":true,"
                                        + "\"texts\":[{\"language\":\"en\",\"title\":\"Portal terms " + suffix
                                        + "\",\"body\":\"Be kind.\"}]}",
                                ADMIN)
                        .statusCode())
                .isEqualTo(201);

        browser.open(base + "preferences.xhtml");
        assertThat(browser.seriousAccessibilityViolations())
                .as("asking for the link")
                .isEmpty();
        browser.type("preferences:email", address);
        browser.click(By.id("preferences:sendLink"));
        browser.visible("linkSent");
        String link =
                MailCatcher.awaitMail(address, "Your privacy choices", 1).find("(preferences\\.xhtml\\?token=\\S+)");

        browser.open(base + link + "x");
        assertThat(browser.pageText()).contains("This link is not valid or has expired");
        browser.open(base + link);
        browser.waitForText("preferences:choices", address);
        assertThat(browser.find("waiting").getText()).contains("Portal terms " + suffix, "Be kind.");
        assertThat(browser.seriousAccessibilityViolations()).as("the choices").isEmpty();
        browser.screenshot("portal-preferences");

        browser.click(By.id("preferences:accept"));
        browser.waitForText("preferences:messages", "your acceptance is recorded");
        assertThat(http.get("api/v1/admin/policies/" + document + "/coverage", ADMIN)
                        .body())
                .isEqualTo("{\"1\":1}");

        browser.click(By.xpath("//li[span[normalize-space()='Newsletter']]//button"));
        browser.waitForText("preferences:messages", "Saved");
        assertThat(lastDecision(http, address, "newsletter")).isTrue();
        browser.click(By.xpath("//li[span[normalize-space()='Newsletter']]//button"));
        browser.until(d -> {
            try {
                return !lastDecision(http, address, "newsletter");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        browser.click(By.id("preferences:stopMarketing"));
        browser.waitForText("preferences:messages", "no more marketing");
        assertThat(lastDecision(http, address, "partner-sharing")).isFalse();
        assertThat(http.get("api/v1/admin/consents?subject=" + address, ADMIN).body())
                .contains("stopped all marketing in the preference centre", "\"channel\":\"portal\"");
    }

    /** The person's latest recorded decision for a purpose, as staff read it. */
    private static boolean lastDecision(ItHttp http, String address, String purpose) throws Exception {
        jakarta.json.JsonObject last = null;
        for (jakarta.json.JsonValue value :
                ItHttp.jsonArray(http.get("api/v1/admin/consents?subject=" + address, ADMIN))) {
            if (value.asJsonObject().getString("purpose").equals(purpose)) {
                last = value.asJsonObject();
            }
        }
        return last != null && last.getBoolean("granted");
    }

    /** Help articles staff write appear on the portal in the reader's language, and read well. */
    @Test
    void staffWriteAHelpArticleThatThePortalShows() throws Exception {
        browser.open(base + "help.xhtml");
        assertThat(browser.find("articles").getText())
                .contains("Why we ask you to prove your address", "What is in your download");
        browser.click(By.linkText("What is in your download"));
        browser.waitForText("article", "manifest.json");
        assertThat(browser.find("article").findElements(By.tagName("p")).size()).isGreaterThan(2);
        assertThat(browser.seriousAccessibilityViolations())
                .as("a help article")
                .isEmpty();
        browser.click(By.id("language:switch"));
        browser.waitForText("article", "Was Ihr Download enthält");
        browser.click(By.id("language:switch"));

        String slug = "complaints-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin", "it-admin-password");
        browser.open(base + "staff/articles.xhtml");
        browser.type("articles:slug", slug);
        browser.type("articles:articleTitle", "How to complain " + slug);
        browser.type("articles:body", "Write to us first.\n\nOr to the supervisory authority: <b>any time</b>.");
        browser.click(By.id("articles:save"));
        browser.waitForText("articles:messages", "The article was saved.");
        assertThat(browser.find("articles:list").getText()).contains(slug);
        signOut();

        browser.open(base + "help.xhtml?article=" + slug);
        browser.waitForText("article", "How to complain " + slug);
        assertThat(browser.find("article").getText()).contains("Or to the supervisory authority: <b>any time</b>.");
        assertThat(browser.find("article").findElements(By.tagName("b"))).isEmpty();
        browser.open(base + "help.xhtml");
        assertThat(browser.find("articles").getText()).contains("How to complain " + slug);
    }

    private String provenRequest(String name) throws Exception {
        return ProvenRequests.awaitingApproval(base, name, "ACCESS", null);
    }

    private void signIn(String user, String password) {
        browser.signIn(base.toString(), user, password);
    }

    private void signOut() {
        browser.signOut();
    }

    @Test
    void staffSignInToTheQueueAndSignOutEndsTheSession() throws Exception {
        browser.open(base + "staff/requests.xhtml");
        if (browser.isPresent("session:logout")) {
            signOut();
            browser.open(base + "staff/requests.xhtml");
        }
        browser.visible("login:username");
        browser.screenshot("staff-login");
        browser.type("login:username", "admin");
        browser.type("login:password", "it-admin-password");
        browser.click(By.id("login:signIn"));
        browser.waitForUrl("staff/requests.xhtml");
        browser.visible("session:logout");
        browser.screenshot("staff-requests");

        browser.click(By.id("session:logout"));
        browser.visible("login:username");
        browser.open(base + "staff/requests.xhtml");
        assertThat(browser.currentUrl()).as("the session ended").contains("staff/login.xhtml");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}

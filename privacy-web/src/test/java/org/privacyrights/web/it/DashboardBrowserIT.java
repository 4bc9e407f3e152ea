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
 * The dashboard's overview, audit and staff pages in a real browser, and what each role may reach: an agent gets
 * none of the administration, by link, by URL or by a crafted postback.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

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
    void theOverviewShowsOpenRequestsAsFiguresAndChartsAndWhetherEachSystemAnswers() throws Exception {
        provenRequest("home");
        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.severeConsoleMessages(); // what earlier tests left in the log
        browser.open(base + "staff/home.xhtml");

        assertThat(Integer.parseInt(browser.find("open").getText())).isPositive();
        assertThat(browser.find("byStatus").getText()).containsPattern("Awaiting approval\\s+[1-9]");
        assertThat(browser.find("byType").getText()).containsPattern("Give me a copy of my data\\s+[1-9]");
        assertThat(browser.find("statusChart").findElements(By.tagName("canvas")))
                .hasSize(1);
        assertThat(browser.find("volumeChart").findElements(By.tagName("canvas")))
                .hasSize(1);
        browser.waitForText("systems:health", "Answering");
        assertThat(browser.find("systems:health").getText()).contains("mail");
        browser.screenshot("staff-home");
        assertThat(browser.severeConsoleMessages())
                .as("the charts' scripts ran under the Content-Security-Policy")
                .isEmpty();
    }

    @Test
    void theAuditTrailIsSearchedByRequestAndItsChainVerified() throws Exception {
        String id = provenRequest("audit");
        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.open(base + "staff/audit.xhtml");

        browser.click(By.id("chain:verify"));
        browser.waitForText("chain:result", "The chain is intact");

        browser.type("search:requestId", id);
        browser.click(By.id("search:find"));
        // The unfiltered trail holds these events too: wait for the search's answer to replace it.
        browser.until(d -> !browser.find("search:events").getText().contains("STAFF_USER_CREATED"));
        assertThat(browser.find("search:events").getText()).contains("REQUEST_RECEIVED", "VERIFIED", id);
        browser.screenshot("staff-audit");
    }

    @Test
    void anAdministratorAddsAnAgentWhoReachesNoAdministrationAndCanBeShutOut() throws Exception {
        String agent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.open(base + "staff/admin/users.xhtml");
        browser.type("add:username", agent);
        browser.type("add:displayName", "Agent " + agent);
        browser.click(By.cssSelector("label[for='add:roles:2']"));
        browser.type("add:password", "short");
        browser.click(By.id("add:create"));
        browser.waitForText("users:messages", "at least 12 characters");
        browser.type("add:password", "agent-password-123");
        browser.click(By.id("add:create"));
        browser.waitForText("users:list", agent);
        browser.screenshot("staff-users");

        ItHttp http = new ItHttp(base);
        String agentCredentials = agent + ":agent-password-123";
        // The agent in a browser of their own, signed in while the administrator shuts them out.
        Browser agentBrowser = new Browser();
        try {
            agentBrowser.signIn(base.toString(), agent, "agent-password-123");
            assertThat(agentBrowser.isPresent("navRequests")).isTrue();
            assertThat(agentBrowser.isPresent("navStaff"))
                    .as("no link to staff users")
                    .isFalse();
            assertThat(agentBrowser.isPresent("navAudit"))
                    .as("no link to the audit trail")
                    .isFalse();
            for (String page : new String[] {"staff/admin/users.xhtml", "staff/audit.xhtml", "staff/registers.xhtml"}) {
                assertThat(agentBrowser.status("GET", base + page))
                        .as("GET " + page)
                        .isEqualTo(403);
                assertThat(agentBrowser.status("POST", base + page))
                        .as("crafted postback to " + page)
                        .isEqualTo(403);
            }
            assertThat(http.get("api/v1/admin/audit/events", agentCredentials).statusCode())
                    .isEqualTo(403);
            assertThat(http.get("api/v1/admin/staff", agentCredentials).statusCode())
                    .isEqualTo(403);

            browser.signIn(base.toString(), "admin", "it-admin-password");
            browser.open(base + "staff/admin/users.xhtml");
            browser.click(By.xpath("//tr[td[normalize-space()='" + agent + "']]//button[contains(@id, 'toggle')]"));
            browser.waitForText("users:messages", "can no longer sign in");
            // The agent's open session ends too: the next page they ask for is the sign-in page.
            agentBrowser.until(d -> {
                agentBrowser.open(base + "staff/requests.xhtml");
                return agentBrowser.currentUrl().contains("staff/login.xhtml");
            });
        } finally {
            agentBrowser.close();
        }
        assertThat(ItHttp.json(http.get("api/v1/admin/audit/events?action=STAFF_USER_DISABLED", ADMIN))
                        .getJsonArray("events")
                        .toString())
                .contains("user=" + agent);
        browser.signOut();

        browser.open(base + "staff/requests.xhtml");
        browser.type("login:username", agent);
        browser.type("login:password", "agent-password-123");
        browser.click(By.id("login:signIn"));
        browser.waitForText("login:messages", "not correct");
        assertThat(browser.currentUrl()).contains("staff/login.xhtml");
        assertThat(http.get("api/v1/admin/requests", agentCredentials).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theQueueFiltersByAssigneeSortsByColumnAndAssignsSelectedRequestsAtOnce() throws Exception {
        ItHttp http = new ItHttp(base);
        String older = provenRequest("queue-a");
        String newer = provenRequest("queue-b");
        String triage = "triage-" + UUID.randomUUID().toString().substring(0, 8);
        String agent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post(
                                "api/v1/admin/requests/assignments",
                                "{\"requestIds\":[\"" + older + "\",\"" + newer + "\"],\"assignee\":\"" + triage
                                        + "\"}",
                                ADMIN)
                        .body())
                .contains("\"assigned\":2");

        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.open(base + "staff/requests.xhtml");
        browser.type("queue:assignee", triage + "\t");
        browser.waitForText("queue:requests", newer);
        assertThat(browser.find("queue:requests_data").findElements(By.tagName("tr")))
                .hasSize(2);
        // Unsorted, the newer comes first (same due date, newest received first); ascending puts the older first.
        assertThat(firstRow()).contains(newer);
        browser.click(By.xpath("//th//span[normalize-space()='Received']"));
        browser.until(d -> firstRow().contains(older));
        browser.click(By.xpath("//th//span[normalize-space()='Received']"));
        browser.until(d -> firstRow().contains(newer));

        for (org.openqa.selenium.WebElement box :
                browser.find("queue:requests_data").findElements(By.cssSelector(".ui-chkbox-box"))) {
            box.click();
        }
        browser.type("queue:assignTo", agent);
        browser.click(By.id("queue:assignSelected"));
        browser.waitForText("queue:messages", "2 requests assigned to " + agent);
        for (String id : new String[] {older, newer}) {
            assertThat(ItHttp.json(http.get("api/v1/admin/requests/" + id, ADMIN))
                            .getString("assignee"))
                    .isEqualTo(agent);
        }
        browser.screenshot("staff-queue");
    }

    /** What a subject or a colleague types is shown as text on the staff pages, never run as markup. */
    @Test
    void whatSubjectsAndStaffWriteRendersAsTextAndAnErasureShowsWhatItKeeps() throws Exception {
        String id = provenRequest("markup", "ERASURE", "<script>window.pwned=1</script><b id=\\\"bold\\\">bold</b>");
        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.open(base + "staff/request.xhtml?id=" + id);

        assertThat(browser.pageText()).contains("<script>window.pwned=1</script><b id=\"bold\">bold</b>");
        assertThat(browser.find("kept").getText()).contains("mail.message.other-mailbox", "kept by decision");
        browser.type("request:note", "Called back. <img id=\"injected\" src=\"x\" onerror=\"window.pwned=2\">");
        browser.click(By.id("request:saveNote"));
        browser.waitForText("notes", "Called back. <img id=\"injected\"");
        assertThat(browser.find("notes").getText()).contains("admin");
        assertThat(browser.isPresent("bold")).isFalse();
        assertThat(browser.isPresent("injected")).isFalse();
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(new ItHttp(base)
                        .get("api/v1/admin/requests/" + id + "/notes", ADMIN)
                        .body())
                .contains("Called back.", "\"author\":\"admin\"");
        assertThat(ItHttp.json(new ItHttp(base).get("api/v1/admin/audit/events?action=NOTE_ADDED&request=" + id, ADMIN))
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void staffReadAPersonsConsentsWithTheNoticeShownAndPublishAVersionPeopleMustAccept() throws Exception {
        ItHttp http = new ItHttp(base);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "consent-" + suffix + "@subjects.test";
        assertThat(http.post(
                                "api/v1/consents",
                                "{\"email\":\"" + email + "\",\"purpose\":\"newsletter\",\"granted\":true,"
                                        + "\"noticeText\":\"Monthly news; unsubscribe any time.\",\"channel\":\"portal\","
                                        + "\"action\":\"ticked the box\"}",
                                ADMIN)
                        .statusCode())
                .isEqualTo(201);
        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.open(base + "staff/policies.xhtml");

        browser.type("consents:subject", email);
        browser.click(By.id("consents:find"));
        browser.waitForText("consents:history", "newsletter");
        assertThat(browser.find("consents:history").getText()).contains("Granted", "ticked the box");
        browser.click(By.cssSelector("[id='consents:history'] a"));
        browser.waitForText("consents:notice", "Monthly news; unsubscribe any time.");

        String document = "terms-" + suffix;
        browser.type("publish:document", document);
        browser.type("publish:channel", "webmail");
        browser.click(By.cssSelector("[id='publish:ack'] .ui-chkbox-box"));
        browser.type("publish:titleEn", "Terms of use");
        browser.type("publish:bodyEn", "Be kind to each other.");
        browser.click(By.id("publish:send"));
        browser.waitForText("documents:messages", "Published " + document + " v1");
        assertThat(browser.find("documents:current").getText()).contains(document, "Terms of use", "required");
        browser.click(By.xpath("//tr[td[normalize-space()='" + document + "']]//button"));
        browser.waitForText("documents:coverage", "v1");
        assertThat(browser.find("coverageTable").getText()).containsPattern("v1\\s+0");
        assertThat(http.get("api/v1/admin/policies?channel=webmail", ADMIN).body())
                .contains(document, "\"requiresAcknowledgement\":true");
        browser.screenshot("staff-policies");
    }

    /**
     * The DPO changes an activity of the register: a new version, which the portal's information page quotes at
     * once; a register that no longer holds together is refused; each connected system's connection can be tested.
     */
    @Test
    void anActivityEditedInTheRegisterIsANewVersionThePortalQuotes() throws Exception {
        String retention = "Business letters 6 years, other messages 18 months ("
                + UUID.randomUUID().toString().substring(0, 8) + ")";
        browser.signIn(base.toString(), "admin", "it-admin-password");
        browser.open(base + "staff/registers.xhtml");
        browser.click(By.xpath("//tr[td[normalize-space()='mail']]//button[contains(@id, 'editActivity')]"));
        browser.type("registers:retention", retention);
        browser.click(By.id("registers:saveActivity"));
        browser.waitForText("registers:messages", "Saved: register version");
        assertThat(browser.find("registers:versions").getText()).contains("activity mail", "admin");
        assertThat(browser.find("registers:activities").getText()).contains(retention);

        browser.click(By.xpath("//tr[th[normalize-space()='mail']]//button"));
        browser.waitForText("registers:systemsPanel", "Answering");
        browser.screenshot("staff-registers");

        ItHttp http = new ItHttp(base);
        assertThat(http.get("api/v1/admin/register", ADMIN).body()).contains(retention);
        assertThat(http.get("api/v1/admin/register/versions", ADMIN).body())
                .contains("imported from ", "config/register.json", "activity mail");
        assertRefused(
                http.put(
                        "api/v1/admin/register/activities/mail",
                        "{\"system\":\"mail\",\"title\":\"Email\",\"role\":\"PROCESSOR\",\"purposes\":[\"x\"],"
                                + "\"legalBasis\":\"Art. 6(1)(b) GDPR\",\"categories\":[\"x\"],\"recipients\":[\"x\"],"
                                + "\"retention\":\"x\",\"source\":\"x\",\"automatedDecisions\":\"None\"}",
                        ADMIN),
                "must name the controller");
        assertThat(http.get("api/v1/admin/register", ADMIN).body()).contains(retention);

        browser.open(base + "about.xhtml");
        assertThat(browser.pageText()).contains(retention);
    }

    /** A refused change answers 400 and says why. */
    private static void assertRefused(java.net.http.HttpResponse<String> response, String why) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(why);
    }

    private String firstRow() {
        return browser.find("queue:requests_data")
                .findElements(By.tagName("tr"))
                .get(0)
                .getText();
    }

    private String provenRequest(String name) throws Exception {
        return ProvenRequests.awaitingApproval(base, name, "ACCESS", null);
    }

    private String provenRequest(String name, String type, String details) throws Exception {
        return ProvenRequests.awaitingApproval(base, name, type, details);
    }
}

package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.fulfilment.application.CompletionTransactions;
import org.privacyrights.request.application.RequestDetails;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.application.TaskProgress;
import org.privacyrights.request.domain.ActionRefusedException;
import org.privacyrights.request.domain.Authority;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.DeciderRequiredException;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.request.domain.StaffAction;
import org.privacyrights.request.domain.Workflow;

/**
 * Attacks on the request workflow, performed against the deployed platform. By staff who may act on requests but
 * not decide them: every staff action by every role against requests in every status that matters, the
 * pause-then-retry and pause-then-cancel shortcuts past approval, and a check that nothing unapproved or half done
 * is ever answered as done. By other systems' API keys: calls outside a key's scopes, an already-proven erasure
 * filed for anyone, and vouching for an address outside the key's domains. The work engine is kept out (this
 * instance carries out no tasks), so what the tests see is only what the actions did.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowAbuseIT {

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform("mail, helpdesk", "java:app/privacy/unreachable", "privacy.work.enabled=false")
                .addClasses(Probe.class, Situation.class, Role.class);
    }

    @Inject
    RequestService requests;

    @Inject
    RunAsRole.Dpo dpo;

    @Inject
    RunAsRole.Agent agent;

    @Inject
    RunAsRole.Auditor auditor;

    @Inject
    RunAsRole.Admin admin;

    @EJB
    Probe probe;

    @EJB
    CompletionTransactions completions;

    /** The role staff act in; AUDITOR reads only. */
    enum Role {
        AGENT,
        DPO,
        ADMIN,
        AUDITOR
    }

    /** The statuses the actions are tried against, and how a request gets there. */
    enum Situation {
        RECEIVED,
        AWAITING_APPROVAL,
        PAUSED_BEFORE_APPROVAL,
        IN_PROGRESS,
        PAUSED_AFTER_START,
        ERROR
    }

    // ---- the attacks named in the issue -------------------------------------------------------------------

    @Test
    void anAgentWhoPausesThenRetriesAnUnapprovedErasureMovesNothingAndNoOneIsToldItIsDone() throws Exception {
        String id = inSituation(Situation.PAUSED_BEFORE_APPROVAL, "pause-retry");

        assertThatThrownBy(() -> agent.call(() -> requests.retry(id)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("PAUSED");

        RequestDetails after = read(id);
        assertThat(after.status()).isEqualTo("PAUSED");
        assertThat(after.tasks()).isEmpty();
        assertThat(completions.complete(id, Optional.empty()))
                .as("nothing unapproved is completed")
                .isFalse();
        assertThat(probe.mails(id, "request-completed")).isZero();
    }

    @Test
    void anAgentWhoPausesThenCancelsAStartedErasureIsRefusedAndOnlyADeciderWithAReasonStopsIt() throws Exception {
        String id = inSituation(Situation.PAUSED_AFTER_START, "pause-cancel");

        assertThatThrownBy(() -> agent.call(() -> requests.cancel(id, "the subject called")))
                .isInstanceOf(DeciderRequiredException.class)
                .hasMessageContaining("administrator or the DPO");
        assertThat(read(id).status()).isEqualTo("PAUSED");

        assertThatThrownBy(() -> admin.call(() -> requests.cancel(id, " "))).hasMessageContaining("reason");
        assertThat(read(id).status()).isEqualTo("PAUSED");

        RequestDetails cancelled = admin.call(() -> requests.cancel(id, "The subject withdrew the erasure in writing"));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        MailCatcher.Received told = MailCatcher.awaitMail(cancelled.contactEmail(), "Your request " + id, 1);
        assertThat(told.subject()).contains("stopped before it was finished");
        assertThat(told.body())
                .contains("The subject withdrew the erasure in writing")
                .contains("helpdesk")
                .contains("mail");
        assertThat(probe.mails(id, "request-completed")).isZero();
    }

    @Test
    void aSubjectWhoWritesGermanIsToldInGermanThatTheStartedWorkWasStopped() throws Exception {
        String id = inSituation(Situation.ERROR, "abbruch", "de");

        RequestDetails cancelled = dpo.call(() -> requests.cancel(id, "Das System wird abgeschaltet"));

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        MailCatcher.Received told = MailCatcher.awaitMail(cancelled.contactEmail(), "Ihre Anfrage " + id, 1);
        assertThat(told.subject()).contains("vor ihrem Abschluss beendet");
        assertThat(told.body()).contains("Das System wird abgeschaltet").contains("Aufsichtsbehörde");
    }

    @Test
    void aRetryInErrorRunsOnlyTheFailedSystemAgain() throws Exception {
        String id = inSituation(Situation.ERROR, "retry");

        RequestDetails retried = agent.call(() -> requests.retry(id));

        assertThat(retried.status()).isEqualTo("IN_PROGRESS");
        assertThat(retried.tasks())
                .extracting(TaskProgress::system, TaskProgress::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("helpdesk", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("mail", "DONE"));
        assertThatThrownBy(() -> agent.call(() -> requests.retry(id)))
                .as("a request in progress has nothing to retry")
                .isInstanceOf(ActionRefusedException.class);
    }

    // ---- API keys that could do everything ----------------------------------------------------------------

    @Test
    @RunAsClient
    void aKeyIsRefusedWithA403EverywhereOutsideTheScopesItWasIssuedWith() throws Exception {
        ItHttp http = new ItHttp(base);
        String checker = bearer(issue(http, "checker", "[\"CHECK_CONSENT\"]"));
        String someone = "someone-" + UUID.randomUUID() + "@subjects.test";

        HttpResponse<String> check =
                http.get("api/v1/consents/check?purpose=newsletter&subject=" + someone, null, "Authorization", checker);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);

        assertForbidden(http.post(
                "api/v1/consents",
                "{\"email\":\"" + someone + "\",\"purpose\":\"newsletter\",\"granted\":true,"
                        + "\"noticeText\":\"Yes please\",\"channel\":\"webmail\",\"action\":\"ticked\"}",
                null,
                "Authorization",
                checker));
        assertForbidden(http.get(
                "api/v1/consents/unsubscribe-headers?purpose=newsletter&subject=" + someone,
                null,
                "Authorization",
                checker));
        assertForbidden(http.get(
                "api/v1/acknowledgements/check?subject=" + someone
                        + "&channel=webmail&return=https%3A%2F%2Fwebmail.example.org%2F",
                null,
                "Authorization",
                checker));
        assertForbidden(http.post(
                "api/v1/requests",
                "{\"type\":\"ERASURE\",\"email\":\"" + someone + "\",\"loggedIn\":true}",
                null,
                "Authorization",
                checker));
        assertThat(MailCatcher.inbox(someone))
                .as("nothing was filed for the address")
                .isEmpty();
    }

    @Test
    @RunAsClient
    void aKeyThatMayDoEverythingElseStillCannotFileAnAlreadyProvenErasureForAnyone() throws Exception {
        ItHttp http = new ItHttp(base);
        String everythingButVouching = bearer(issue(
                http, "newsletter", "[\"RECORD_CONSENT\",\"CHECK_CONSENT\",\"LOGIN_GATE\",\"UNSUBSCRIBE_HEADERS\"]"));
        String victim = "victim-" + UUID.randomUUID() + "@subjects.test";
        long before = total(http);

        HttpResponse<String> erasure = http.post(
                "api/v1/requests",
                "{\"type\":\"ERASURE\",\"email\":\"" + victim + "\",\"loggedIn\":true}",
                null,
                "Authorization",
                everythingButVouching);

        assertForbidden(erasure);
        assertThat(total(http)).as("no request was recorded").isEqualTo(before);
    }

    @Test
    @RunAsClient
    void aVouchingKeySpeaksOnlyForItsDomainsAndTheAddressIsToldAndCanStopIt() throws Exception {
        ItHttp http = new ItHttp(base);
        String partner = bearer(issue(
                http,
                "partner-webmail",
                "[\"VOUCH_FOR_LOGGED_IN_USER\"],\"vouchSystem\":\"Partner Webmail\","
                        + "\"vouchDomains\":[\"partner.test\"]"));
        String outsider = "victim-" + UUID.randomUUID() + "@subjects.test";
        long before = total(http);

        HttpResponse<String> outside = http.post(
                "api/v1/requests",
                "{\"type\":\"ERASURE\",\"email\":\"" + outsider + "\",\"loggedIn\":true}",
                null,
                "Authorization",
                partner);
        assertForbidden(outside);
        assertThat(ItHttp.json(outside).getString("message")).contains("partner.test");
        assertThat(total(http)).isEqualTo(before);

        String user = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.test";
        HttpResponse<String> made = http.post(
                "api/v1/requests",
                "{\"type\":\"ERASURE\",\"email\":\"" + user + "\",\"loggedIn\":true,\"language\":\"de\"}",
                null,
                "Authorization",
                partner);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        String id = ItHttp.json(made).getString("requestId");

        MailCatcher.Received told = MailCatcher.awaitMail(user, "Eine Anfrage " + id, 1);
        assertThat(told.subject()).contains("Partner Webmail");
        String link = told.find("(http\\S+/api/v1/vouched-requests/\\S+)");
        String path = link.substring(link.indexOf("api/v1/"));

        HttpResponse<String> page = http.get(path, null, "Accept-Language", "de");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">", "beenden");
        assertThat(status(http, id)).as("opening the link changes nothing").isEqualTo("AWAITING_APPROVAL");

        HttpResponse<String> stopped = http.post(path, "", null, "Accept-Language", "en");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.body()).contains("The request is stopped");
        assertThat(status(http, id)).isEqualTo("CANCELLED");
        assertThat(http.post(path, "", null).statusCode()).as("a used link").isEqualTo(404);
    }

    @Test
    @RunAsClient
    void anAdministratorMustNameTheScopesAndAVouchingKeysSystemAndDomains() throws Exception {
        ItHttp http = new ItHttp(base);
        String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(http.post("api/v1/admin/api-clients", "{\"name\":\"" + name + "\"}", ADMIN), "scopes");
        assertRefused(
                http.post("api/v1/admin/api-clients", "{\"name\":\"" + name + "\",\"scopes\":[\"EVERYTHING\"]}", ADMIN),
                "scopes");
        assertRefused(
                http.post(
                        "api/v1/admin/api-clients",
                        "{\"name\":\"" + name + "\",\"scopes\":[\"VOUCH_FOR_LOGGED_IN_USER\"],"
                                + "\"vouchSystem\":\"Webmail\"}",
                        ADMIN),
                "vouchSystem");

        HttpResponse<String> listed = http.get("api/v1/admin/api-clients", ADMIN);
        assertThat(listed.body()).doesNotContain(name);
        issue(http, "listed", "[\"LOGIN_GATE\"]");
        assertThat(http.get("api/v1/admin/api-clients", ADMIN).body()).contains("\"scopes\":[\"LOGIN_GATE\"]");
    }

    private static final String ADMIN = "admin:it-admin-password";

    @ArquillianResource
    URL base;

    private static String issue(ItHttp http, String name, String scopes) throws Exception {
        HttpResponse<String> issued = http.post(
                "api/v1/admin/api-clients",
                "{\"name\":\"" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"scopes\":" + scopes
                        + "}",
                ADMIN);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return ItHttp.json(issued).getString("key");
    }

    private static String bearer(String key) {
        return "Bearer " + key;
    }

    private static long total(ItHttp http) throws Exception {
        return ItHttp.json(http.get("api/v1/admin/requests?size=1", ADMIN))
                .getJsonNumber("total")
                .longValue();
    }

    private static String status(ItHttp http, String id) throws Exception {
        return ItHttp.json(http.get("api/v1/admin/requests/" + id, ADMIN)).getString("status");
    }

    private static void assertForbidden(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(ItHttp.json(response).getString("error")).isEqualTo("forbidden");
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ItHttp.json(response).getString("field")).isEqualTo(field);
    }

    // ---- every role, every action, every status -----------------------------------------------------------

    @Test
    void everyRoleTriesEveryActionInEveryStatusAndOnlyWhatTheWorkflowAllowsHappens() throws Exception {
        // Every cell is tried and every wrong one reported together: one class of failure shows its whole pattern.
        List<String> wrong = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            for (StaffAction action : StaffAction.values()) {
                for (Role role : Role.values()) {
                    String id = inSituation(situation, "table");
                    tried.add(id);
                    RequestDetails before = read(id);
                    String cell = situation + " " + action + " by " + role;
                    Optional<RequestStatus> expected = expected(role, action, id);
                    Exception refused = null;
                    try {
                        as(role, () -> act(action, id));
                    } catch (Exception e) {
                        refused = e;
                    }
                    RequestDetails after = read(id);
                    if (expected.isPresent()) {
                        if (refused != null
                                || !after.status().equals(expected.get().name())) {
                            wrong.add(cell + ": expected " + expected.get() + ", got " + after.status() + " / "
                                    + refused);
                        }
                    } else {
                        boolean refusedProperly = refused instanceof EJBAccessException
                                || refused instanceof ActionRefusedException
                                || refused instanceof DeciderRequiredException;
                        if (!refusedProperly || !after.status().equals(before.status())) {
                            wrong.add(
                                    cell + ": expected a refusal and no move, got " + after.status() + " / " + refused);
                        } else if (!tasks(after).equals(tasks(before))) {
                            wrong.add(cell + ": a task changed: " + tasks(before) + " -> " + tasks(after));
                        }
                    }
                    boolean byRole = role == Role.AUDITOR || (role == Role.AGENT && decidersOnly(action));
                    if (byRole && !(refused instanceof EJBAccessException)) {
                        wrong.add(cell + ": the role itself is refused at the boundary, got " + refused);
                    }
                }
            }
        }
        for (String id : tried) {
            if (completions.complete(id, Optional.empty())) {
                wrong.add(id + " was completed");
            }
            if (probe.mails(id, "request-completed") > 0) {
                wrong.add(id + " was answered as done");
            }
        }
        assertThat(tried).hasSize(Situation.values().length * StaffAction.values().length * Role.values().length);
        assertThat(wrong).isEmpty();
    }

    private static List<String> tasks(RequestDetails request) {
        return request.tasks().stream().map(t -> t.system() + "=" + t.status()).toList();
    }

    /** Where the workflow says the action leads for this role, read from the request as it stands; empty if refused. */
    private Optional<RequestStatus> expected(Role role, StaffAction action, String id) {
        if (role == Role.AUDITOR || (role == Role.AGENT && decidersOnly(action))) {
            return Optional.empty();
        }
        Authority authority = role == Role.AGENT ? Authority.CASEWORKER : Authority.DECIDER;
        Workflow.State state = probe.state(id);
        if (!Workflow.permits(action, authority, state)) {
            return Optional.empty();
        }
        RequestStatus target = Workflow.target(action, authority, state);
        // Proving the address by staff check ends in waiting for approval, by way of VERIFIED.
        return Optional.of(
                target == RequestStatus.VERIFIED && action == StaffAction.VERIFY
                        ? RequestStatus.AWAITING_APPROVAL
                        : target);
    }

    private static boolean decidersOnly(StaffAction action) {
        return action == StaffAction.APPROVE || action == StaffAction.REJECT;
    }

    private RequestDetails act(StaffAction action, String id) {
        return switch (action) {
            case VERIFY -> requests.verifyIdentity(id);
            case APPROVE -> requests.approve(id);
            case REJECT -> requests.deny(id, "Not our customer");
            case PAUSE -> requests.pause(id);
            case RESUME -> requests.resume(id);
            case RETRY -> requests.retry(id);
            case CANCEL -> requests.cancel(id, "Asked to stop");
        };
    }

    private <T> T as(Role role, Callable<T> work) throws Exception {
        return switch (role) {
            case AGENT -> agent.call(work);
            case DPO -> dpo.call(work);
            case ADMIN -> admin.call(work);
            case AUDITOR -> auditor.call(work);
        };
    }

    private String inSituation(Situation situation, String name) throws Exception {
        return inSituation(situation, name, "en");
    }

    /** An erasure request (work in mail and helpdesk) brought to the situation the way staff would. */
    private String inSituation(Situation situation, String name, String language) throws Exception {
        String address = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@subjects.test";
        String id = requests.submit(
                        new SubmitRequest(RequestType.ERASURE, address, null, Channel.STAFF, language), null)
                .id();
        if (situation == Situation.RECEIVED) {
            return id;
        }
        agent.call(() -> requests.verifyIdentity(id));
        switch (situation) {
            case PAUSED_BEFORE_APPROVAL -> agent.call(() -> requests.pause(id));
            case IN_PROGRESS -> dpo.call(() -> requests.approve(id));
            case PAUSED_AFTER_START -> {
                dpo.call(() -> requests.approve(id));
                probe.finish(id, "mail");
                agent.call(() -> requests.pause(id));
            }
            case ERROR -> {
                dpo.call(() -> requests.approve(id));
                probe.finish(id, "mail");
                probe.fail(id, "helpdesk");
            }
            default -> {}
        }
        return id;
    }

    private RequestDetails read(String id) throws Exception {
        return auditor.call(() -> jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(RequestQueries.class)
                .get()
                .get(id));
    }

    /**
     * Test-only: what the work engine would record for a system (it is kept out of these tests), and what the
     * platform queued for a request's subject.
     */
    @Stateless
    @PermitAll
    public static class Probe {

        @PersistenceContext(unitName = "privacy")
        EntityManager em;

        /** The system's task succeeded, as the engine records it. */
        public void finish(String requestId, String system) {
            PrivacyRequest request = request(requestId);
            request.task(system).orElseThrow().start(Instant.now());
            request.task(system).orElseThrow().succeed("1 erased", Instant.now());
        }

        /** The system's task failed and the request is in error, as the engine records it. */
        public void fail(String requestId, String system) {
            PrivacyRequest request = request(requestId);
            request.task(system).orElseThrow().start(Instant.now());
            request.task(system).orElseThrow().fail("ConnectorException: the system did not answer", Instant.now());
            request.moveTo(RequestStatus.ERROR, Instant.now());
        }

        public Workflow.State state(String requestId) {
            return request(requestId).workflowState();
        }

        /** Mails queued for the request with this template. */
        public long mails(String requestId, String template) {
            return em.createQuery(
                            "SELECT COUNT(m) FROM OutboxMail m WHERE m.requestId = :id AND m.template = :template",
                            Long.class)
                    .setParameter("id", requestId)
                    .setParameter("template", template)
                    .getSingleResult();
        }

        private PrivacyRequest request(String requestId) {
            return em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.publicId = :id", PrivacyRequest.class)
                    .setParameter("id", requestId)
                    .getSingleResult();
        }
    }
}

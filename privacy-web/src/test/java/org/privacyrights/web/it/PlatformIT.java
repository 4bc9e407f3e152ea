package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.audit.application.AuditVerification;
import org.privacyrights.audit.domain.ChainVerification;
import org.privacyrights.connector.application.BackendUnavailableException;
import org.privacyrights.connector.application.ConnectorGateway;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.dav.DavConnection;
import org.privacyrights.connectors.api.dav.DavConnectionFactory;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnectionFactory;
import org.privacyrights.connectors.api.mail.MailCategories;
import org.privacyrights.connectors.api.mail.MailConnection;
import org.privacyrights.connectors.api.mail.MailConnectionFactory;
import org.privacyrights.request.application.RequestDetails;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.ExtensionRefusedException;
import org.privacyrights.request.domain.IllegalTransitionException;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestType;

/**
 * The platform as deployed on Payara Micro: the EJB boundaries in the container (transactions, roles, audit), and
 * the REST API as a client sees it. One class, so that Micro starts once.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String ADMIN = "admin:it-admin-password";

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        // The gateway's contacts backend is a port where nothing listens, to show retries and the circuit breaker;
        // requests reach only the systems that answer, so that the engine's work does not trip that breaker.
        return ItDeployment.platform("mail, helpdesk", "java:app/privacy/unreachable")
                .addClass(PrivacyMailbox.class);
    }

    @Inject
    RequestService requests;

    @Inject
    RequestQueries queries;

    @Inject
    RunAsRole.Dpo dpo;

    @Inject
    RunAsRole.Agent agent;

    @Inject
    RunAsRole.Auditor auditor;

    @Inject
    RollbackProbe rollbackProbe;

    @Inject
    ConnectorGateway gateway;

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/privacy/mail")
    MailConnectionFactory mail;

    @Resource(lookup = "java:app/privacy/helpdesk")
    HelpdeskConnectionFactory helpdesk;

    @Resource(lookup = "java:app/privacy/contacts")
    DavConnectionFactory contacts;

    // ---- in the container ---------------------------------------------------------------------------------

    @Test
    void aVerifiedAndApprovedRequestGetsATaskInEveryConnectedSystem() throws Exception {
        RequestReceipt receipt = submit("lifecycle@example.org", RequestType.ACCESS);
        assertThat(receipt.status()).isEqualTo("IDENTITY_UNVERIFIED");

        RequestDetails verified = dpo.call(() -> requests.verifyIdentity(receipt.id()));
        assertThat(verified.status()).isEqualTo("AWAITING_APPROVAL");

        RequestDetails approved = dpo.call(() -> requests.approve(receipt.id()));
        assertThat(approved.status()).isEqualTo("IN_PROGRESS");
        assertThat(approved.tasks()).extracting(t -> t.system()).containsExactly("helpdesk", "mail");
        assertThat(approved.tasks()).allSatisfy(t -> assertThat(t.status()).isEqualTo("PENDING"));

        ChainVerification chain =
                auditor.call(() -> lookup(AuditVerification.class).verifyChain());
        assertThat(chain.isIntact()).as(String.valueOf(chain)).isTrue();
        assertThat(chain.eventsChecked()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aRoleWithoutTheRightIsRefusedAndNothingChanges() throws Exception {
        RequestReceipt receipt = submit("roles@example.org", RequestType.ERASURE);
        dpo.call(() -> requests.verifyIdentity(receipt.id()));

        assertThatThrownBy(() -> agent.call(() -> requests.approve(receipt.id())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> auditor.call(() -> requests.deny(receipt.id(), "no")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> requests.approve(receipt.id())).isInstanceOf(EJBAccessException.class);

        assertThat(status(receipt.id())).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aFailureLaterInTheTransactionRollsBackTheChangeAndItsAudit() throws Exception {
        RequestReceipt receipt = submit("rollback@example.org", RequestType.ACCESS);
        long eventsBefore = auditEvents();

        assertThatThrownBy(() -> rollbackProbe.verifyThenFail(receipt.id())).isInstanceOf(EJBException.class);

        assertThat(status(receipt.id())).isEqualTo("IDENTITY_UNVERIFIED");
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anIllegalTransitionIsRefusedWithBothStatesNamed() throws Exception {
        RequestReceipt receipt = submit("illegal@example.org", RequestType.ERASURE);

        assertThatThrownBy(() -> dpo.call(() -> requests.approve(receipt.id())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("IDENTITY_UNVERIFIED")
                .hasMessageContaining("IN_PROGRESS");
    }

    @Test
    void theDeadlineIsExtendedOnceAndOnlyWithAReason() throws Exception {
        RequestReceipt receipt = submit("extend@example.org", RequestType.ACCESS);
        RequestDetails before = dpo.call(() -> requests.verifyIdentity(receipt.id()));

        RequestDetails extended = dpo.call(() -> requests.extend(receipt.id(), 2, "Complex request: 14 systems"));
        assertThat(extended.extended()).isTrue();
        assertThat(extended.effectiveDueDate())
                .isAfter(before.effectiveDueDate().plusMonths(1));

        assertThatThrownBy(() -> dpo.call(() -> requests.extend(receipt.id(), 1, "again")))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessageContaining("already extended");
    }

    @Test
    void aMailToThePrivacyMailboxBecomesOneUnverifiedEmailRequestEvenWhenDeliveredTwice() throws Exception {
        PrivacyMailbox.ensureExists();
        String sender = "inbound-" + UUID.randomUUID() + "@example.org";
        String messageId = "<" + UUID.randomUUID() + "@mail.example.org>";
        PrivacyMailbox.deliver(messageId, sender, "Bitte löschen", "Please delete all my data. Regards");
        PrivacyMailbox.deliver(messageId, sender, "Bitte löschen", "Please delete all my data. Regards");

        for (int i = 0; i < 300 && PrivacyMailbox.processed(messageId) < 2; i++) {
            Thread.sleep(100);
        }

        assertThat(PrivacyMailbox.processed(messageId)).isEqualTo(2);
        var fromMail = dpo
                .call(() -> queries.list(new RequestFilter(null, null, Channel.EMAIL, null, null, null), 0, 200)
                        .items())
                .stream()
                .map(summary -> dpoGet(summary.id()))
                .filter(details -> details.contactEmail().equals(sender))
                .toList();
        assertThat(fromMail).singleElement().satisfies(request -> {
            assertThat(request.type()).isEqualTo("ERASURE");
            assertThat(request.status()).isEqualTo("IDENTITY_UNVERIFIED");
            assertThat(request.details()).contains("Please delete all my data");
        });
    }

    private RequestDetails dpoGet(String requestId) {
        try {
            return dpo.call(() -> queries.get(requestId));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMailConnectorAnswersThroughItsJndiName() throws Exception {
        String address = "jndi-" + UUID.randomUUID() + "@jndi.test";
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/privacy_mailsystem", "postgres", "");
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO mail_user (email, display_name, password_hash) VALUES (?, 'JNDI test', '{PLAIN}x')")) {
            insert.setString(1, address);
            insert.executeUpdate();
        }
        try (MailConnection connection = mail.getConnection()) {
            HealthReport health = connection.checkHealth();
            assertThat(health.up()).as(health.detail()).isTrue();

            Discovery found = connection.discover(SubjectQuery.byEmail(address));
            assertThat(found.records()).extracting(r -> r.category()).containsExactly(MailCategories.ACCOUNT);
            assertThat(connection.mailboxes()).contains(address);
        } finally {
            try (Connection db = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:5432/privacy_mailsystem", "postgres", "");
                    PreparedStatement delete = db.prepareStatement("DELETE FROM mail_user WHERE email = ?")) {
                delete.setString(1, address);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void theHelpdeskConnectorAnswersThroughItsJndiName() throws Exception {
        try (HelpdeskConnection connection = helpdesk.getConnection()) {
            HealthReport health = connection.checkHealth();
            assertThat(health.up()).as(health.detail()).isTrue();
            assertThat(connection
                            .discover(SubjectQuery.byEmail("nobody-" + UUID.randomUUID() + "@example.org"))
                            .isEmpty())
                    .isTrue();
        }
    }

    @Test
    void theContactsConnectorAnswersThroughItsJndiName() throws Exception {
        try (DavConnection connection = contacts.getConnection()) {
            HealthReport health = connection.checkHealth();
            assertThat(health.up()).as(health.detail()).isTrue();
        }
    }

    @Test
    void theGatewayRetriesAnUnreachableBackendThenOpensItsCircuit() {
        SubjectQuery someone = SubjectQuery.byEmail("someone@example.org");
        long started = System.nanoTime();
        assertThatThrownBy(() -> gateway.contacts(connection -> connection.discover(someone)))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("unreachable");
        // Three retries with 500 ms backoff: the first call took its time.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThan(java.time.Duration.ofMillis(1_000));

        // Each failure counts towards opening the circuit; once open, calls fail at once without reaching it.
        RuntimeException last = null;
        for (int i = 0; i < 8 && !(last instanceof CircuitBreakerOpenException); i++) {
            try {
                gateway.contacts(connection -> connection.discover(someone));
            } catch (RuntimeException failure) {
                last = failure;
            }
        }
        assertThat(last).isInstanceOf(CircuitBreakerOpenException.class);
        assertThatThrownBy(() -> gateway.contacts(connection -> connection.discover(someone)))
                .isInstanceOf(CircuitBreakerOpenException.class);

        // Other backends have circuits of their own.
        assertThat(gateway.helpdesk(connection -> connection.discover(someone)).isEmpty())
                .isTrue();
    }

    private RequestReceipt submit(String email, RequestType type) {
        return requests.submit(new SubmitRequest(type, email, null, Channel.PORTAL), null);
    }

    private String status(String id) throws Exception {
        return auditor.call(() -> lookup(RequestQueries.class).get(id).status());
    }

    private long auditEvents() throws Exception {
        return auditor.call(() -> lookup(AuditVerification.class).verifyChain().eventsChecked());
    }

    private static <T> T lookup(Class<T> type) {
        return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
    }

    // ---- through HTTP ---------------------------------------------------------------------------------------

    /**
     * The quick start's mailbox shows every outgoing mail to anyone: the platform has no such page (only the quick
     * start's demo WAR does), and no banner either.
     */
    @Test
    @RunAsClient
    void thePlatformHasNoDemoMailbox() throws Exception {
        String email = "demo-off-" + UUID.randomUUID() + "@example.org";
        post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + email + "\"}", null);
        MailCatcher.awaitMail(email, 1);

        HttpResponse<String> page = new ItHttp(base).get("demo/mailbox.xhtml", null, "Accept-Language", "en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(email, "Your code");
        assertThat(new ItHttp(base)
                        .get("index.xhtml", null, "Accept-Language", "en")
                        .body())
                .doesNotContain("demoBanner");
    }

    @Test
    @RunAsClient
    void aSubmittedRequestAnswers202AndShowsUpInTheStaffList() throws Exception {
        String email = "curl-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> submitted =
                post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + email + "\"}", null);

        assertThat(submitted.statusCode()).isEqualTo(202);
        JsonObject receipt = json(submitted);
        assertThat(receipt.getString("status")).isEqualTo("IDENTITY_UNVERIFIED");
        assertThat(UUID.fromString(receipt.getString("id"))).isNotNull();

        HttpResponse<String> list = get("api/v1/admin/requests?status=IDENTITY_UNVERIFIED&size=200", ADMIN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(receipt.getString("id"));

        HttpResponse<String> detail = get("api/v1/requests/" + receipt.getString("id"), ADMIN);
        assertThat(json(detail).getString("dueDate")).isNotBlank();
    }

    @Test
    @RunAsClient
    void knownAndUnknownAddressesGetTheSameAnswer() throws Exception {
        post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"known@example.org\"}", null);

        JsonObject known = json(post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"known@example.org\"}", null));
        JsonObject unknown = json(post(
                "api/v1/requests",
                "{\"type\":\"ACCESS\",\"email\":\"nobody-" + UUID.randomUUID() + "@example.org\"}",
                null));

        assertThat(known.keySet()).isEqualTo(unknown.keySet());
        assertThat(known.getString("status")).isEqualTo(unknown.getString("status"));
    }

    @Test
    @RunAsClient
    void anIdempotencyKeyReplaysTheSameBodyAndRefusesAnother() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"type\":\"ERASURE\",\"email\":\"idem@example.org\",\"details\":\"old account\"}";

        JsonObject first = json(post("api/v1/requests", body, null, "Idempotency-Key", key));
        JsonObject again = json(post("api/v1/requests", body, null, "Idempotency-Key", key));
        HttpResponse<String> other = post("api/v1/requests", body.replace("old", "new"), null, "Idempotency-Key", key);

        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).getString("error")).isEqualTo("idempotency_key_reused");
    }

    @Test
    @RunAsClient
    void badInputGetsAClearJsonErrorAndCreatesNothing() throws Exception {
        long before = total();

        assertError(post("api/v1/requests", "{\"type\":\"ACCESS\"}", null), 400, "email");
        assertError(post("api/v1/requests", "{\"email\":\"a@example.org\"}", null), 400, "type");
        assertError(post("api/v1/requests", "{\"type\":\"FORGET_ME\",\"email\":\"a@example.org\"}", null), 400, "type");
        assertError(post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"not-an-address\"}", null), 400, "email");
        assertError(post("api/v1/requests", "{\"type\":\"ACCESS\",", null), 400, null);
        assertError(post("api/v1/requests", "", null), 400, null);
        assertError(
                post(
                        "api/v1/requests",
                        "{\"type\":\"ACCESS\",\"email\":\"a@example.org\",\"details\":\"" + "x".repeat(70_000) + "\"}",
                        null),
                413,
                null);
        assertError(
                post(
                        "api/v1/requests",
                        "{\"type\":\"ACCESS\",\"email\":\"a@example.org\",\"details\":\"" + "x".repeat(4_001) + "\"}",
                        null),
                400,
                "details");
        assertError(get("api/v1/requests/" + UUID.randomUUID(), ADMIN), 404, null);
        assertError(get("api/v1/requests/" + UUID.randomUUID(), null), 404, null);
        assertError(post("api/v1/admin/requests/" + UUID.randomUUID() + "/approve", "", ADMIN), 404, null);
        assertError(
                post("api/v1/admin/requests/" + UUID.randomUUID() + "/extend", "{\"months\":5}", ADMIN), 400, "months");
        assertError(get("api/v1/admin/requests?status=LOST", ADMIN), 400, "status");
        assertError(get("api/v1/admin/requests?size=100000", ADMIN), 400, "size");

        assertThat(total()).isEqualTo(before);
    }

    @Test
    @RunAsClient
    void staffEndpointsNeedAStaffLoginAndTheRightRole() throws Exception {
        createStaff("it-agent-user", "AGENT");
        createStaff("it-auditor-user", "AUDITOR");
        String id = json(post("api/v1/requests", "{\"type\":\"ERASURE\",\"email\":\"http-roles@example.org\"}", null))
                .getString("id");

        HttpResponse<String> anonymous = get("api/v1/admin/requests", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(json(anonymous).getString("error")).isEqualTo("unauthorized");
        assertThat(get("api/v1/admin/requests", "admin:wrong-password").statusCode())
                .isEqualTo(401);

        assertThat(post("api/v1/admin/requests/" + id + "/verify", "", "it-agent-user:agent-password-123")
                        .statusCode())
                .isEqualTo(200);
        assertError(
                post("api/v1/admin/requests/" + id + "/approve", "", "it-agent-user:agent-password-123"), 403, null);
        assertError(
                post("api/v1/admin/requests/" + id + "/approve", "", "it-auditor-user:auditor-password-123"),
                403,
                null);
        assertThat(get("api/v1/admin/requests/" + id, "it-auditor-user:auditor-password-123")
                        .statusCode())
                .isEqualTo(200);
        assertError(
                new ItHttp(base)
                        .put(
                                "api/v1/admin/requests/" + id + "/restriction-end",
                                "{\"endsOn\":\"2099-01-01\"}",
                                "it-agent-user:agent-password-123"),
                403,
                null);
        assertError(
                post(
                        "api/v1/admin/staff",
                        "{\"username\":\"sneaky\",\"displayName\":\"S\",\"roles\":[\"ADMIN\"],"
                                + "\"password\":\"sneaky-password-123\"}",
                        "it-agent-user:agent-password-123"),
                403,
                null);

        HttpResponse<String> approved = post("api/v1/admin/requests/" + id + "/approve", "", ADMIN);
        assertThat(json(approved).getString("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    @RunAsClient
    void healthIsUpWithTheDatabaseAndTheApiIsDescribed() throws Exception {
        HttpResponse<String> health = get("health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"UP\"");

        HttpResponse<String> openapi = get("openapi", null);
        assertThat(openapi.body()).contains("/api/v1/requests").contains("/api/v1/admin/requests/{id}/approve");
    }

    @Test
    @RunAsClient
    void everyResponseCarriesTheSecurityHeadersAndNothingPersonalIsCached() throws Exception {
        HttpResponse<String> page = get("index.xhtml", null);
        HttpResponse<String> api = get("api/v1/requests/" + java.util.UUID.randomUUID(), null);
        HttpResponse<String> login = get("staff/requests.xhtml", null);
        for (HttpResponse<String> response : List.of(page, api, login)) {
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .as(response.uri().toString())
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("max-age="));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        }
        assertThat(page.headers().allValues("Content-Security-Policy"))
                .as("page scripts need PrimeFaces' nonce")
                .anySatisfy(
                        policy -> assertThat(policy).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"));
        String stylesheet = new java.util.Scanner(page.body())
                .findWithinHorizon("/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*", 0)
                .replace("&amp;", "&");
        HttpResponse<String> css = get(stylesheet.substring(1), null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse(""))
                .as("static resources may be cached")
                .doesNotContain("no-store");
    }

    private void createStaff(String username, String role) throws Exception {
        String password = role.toLowerCase() + "-password-123";
        HttpResponse<String> created = post(
                "api/v1/admin/staff",
                "{\"username\":\"" + username + "\",\"displayName\":\"Test " + role + "\",\"roles\":[\"" + role
                        + "\"],\"password\":\"" + password + "\"}",
                ADMIN);
        assertThat(created.statusCode()).as(created.body()).isIn(201, 400);
    }

    private long total() throws Exception {
        return json(get("api/v1/admin/requests?size=1", ADMIN))
                .getJsonNumber("total")
                .longValue();
    }

    private static void assertError(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonObject error = json(response);
        assertThat(error.getInt("status")).isEqualTo(status);
        assertThat(error.getString("message")).isNotBlank();
        if (field != null) {
            assertThat(error.getString("field")).isEqualTo(field);
        }
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return new ItHttp(base).get(path, credentials);
    }

    private HttpResponse<String> post(String path, String body, String credentials, String... headers)
            throws Exception {
        return new ItHttp(base).post(path, body, credentials, headers);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ItHttp.json(response);
    }
}

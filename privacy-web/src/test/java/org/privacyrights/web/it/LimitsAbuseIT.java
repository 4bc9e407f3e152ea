package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

/**
 * Attacks on the limits that stand between a requester and someone else's data: claiming another person's address
 * as a further identity on many requests at once and guessing its code, and hiding behind a forged
 * {@code X-Forwarded-For}. Every test performs the attack over HTTP, as an attacker would.
 *
 * <p>All requests come from 127.0.0.1, so the per-IP limits are raised for this class; the test that exhausts one
 * of them runs last.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class LimitsAbuseIT {

    private static final String CODE = "Your code: (\\d{6})";
    private static final String CONFIRM = "Your confirmation code";
    private static final String ADD_CODE = "Your code to add";
    private static final String JOINED = "was added to a privacy request";
    private static final String REFUSAL_LINK = "(identity-refusal\\.xhtml\\?token=[A-Za-z0-9_-]{43})";
    private static final int SUBMISSIONS_PER_IP = 80;
    private static final int CODES_PER_ADDRESS = 5;

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform(
                "mail",
                "java:app/privacy/contacts",
                // Above the system properties (400), which switch the per-IP limits off for the other classes.
                "config_ordinal=500",
                "privacy.rate.submissions-per-ip-per-hour=" + SUBMISSIONS_PER_IP,
                "privacy.rate.verifications-per-ip-per-hour=1000",
                "privacy.rate.codes-per-address-per-hour=" + CODES_PER_ADDRESS,
                // A proxy the tests never are: forwarding headers from 127.0.0.1 must be ignored.
                "privacy.http.trusted-proxies=198.51.100.0/24, 2001:db8::/32");
    }

    @ArquillianResource
    URL base;

    /**
     * An attacker proves 50 addresses of their own and claims the victim's address on all 50 requests at once:
     * the victim is sent exactly as many codes as one requester could make the platform send, not 50.
     */
    @Test
    @Order(1)
    void fiftyParallelClaimsOfOneAddressGetExactlyTheLimitOfCodes() throws Exception {
        String attacker = "attacker-" + UUID.randomUUID().toString().substring(0, 8);
        List<Proven> requests = inParallel(50, i -> prove(attacker + "+" + i + "@subjects.test"));
        String victim = fresh("victim");

        List<Integer> answers =
                inParallel(requests.size(), i -> claim(requests.get(i), "{\"email\":\"" + victim + "\"}")
                        .statusCode());

        assertThat(answers.stream().filter(status -> status == 202).count())
                .as("claims answered 202 of %s", answers)
                .isEqualTo(CODES_PER_ADDRESS);
        assertThat(answers).filteredOn(status -> status != 202).containsOnly(429);
    }

    /**
     * The same address in another case, or with its domain in capitals, is the same key: a requester cannot get a
     * fresh allowance by changing the case.
     */
    @Test
    @Order(2)
    void anAddressInAnotherCaseCountsAgainstTheSameLimit() throws Exception {
        String victim = fresh("cased");
        List<Proven> requests = new ArrayList<>();
        for (int i = 0; i < CODES_PER_ADDRESS + 1; i++) {
            requests.add(prove(fresh("requester")));
        }
        for (int i = 0; i < CODES_PER_ADDRESS; i++) {
            String spelling = i % 2 == 0 ? victim.toUpperCase(java.util.Locale.ROOT) : victim;
            assertThat(claim(requests.get(i), "{\"email\":\"" + spelling + "\"}")
                            .statusCode())
                    .isEqualTo(202);
        }
        String shouted = victim.toUpperCase(java.util.Locale.ROOT);
        assertThat(claim(requests.get(CODES_PER_ADDRESS), "{\"email\":\"" + shouted + "\"}")
                        .statusCode())
                .isEqualTo(429);
    }

    /**
     * Wrong answers for one identity count across every request that claims it: two requests guessing three times
     * each have used up the identity's answers, and even the right code is then refused.
     */
    @Test
    @Order(3)
    void wrongAnswersForAnIdentityCountAcrossRequests() throws Exception {
        String victim = fresh("guessed");
        Proven first = prove(fresh("guesser-one"));
        Proven second = prove(fresh("guesser-two"));
        assertThat(claim(first, "{\"email\":\"" + victim + "\"}").statusCode()).isEqualTo(202);
        assertThat(claim(second, "{\"email\":\"" + victim + "\"}").statusCode()).isEqualTo(202);
        String secondCode = MailCatcher.awaitMail(victim, ADD_CODE, 2).find(CODE);
        String wrong = secondCode.equals("000000") ? "000001" : "000000";

        for (int i = 0; i < 3; i++) {
            assertThat(answer(first, wrong).statusCode()).isIn(422, 429);
            assertThat(answer(second, wrong).statusCode()).isIn(422, 429);
        }
        HttpResponse<String> right = answer(second, secondCode);

        assertThat(right.statusCode())
                .as("the right code after six wrong answers across two requests: %s", right.body())
                .isIn(422, 429);
        assertThat(furtherIdentities(second)).isEmpty();
    }

    /**
     * When an identity joins a request, its owner is told at that identity's own address, with a link that takes it
     * off the request before any work starts; the link works once, and opening it alone changes nothing.
     */
    @Test
    @Order(4)
    void theOwnerOfAJoinedIdentityIsToldAndCanTakeItOffTheRequest() throws Exception {
        String owner = fresh("owner");
        Proven request = prove(fresh("joiner"));
        assertThat(claim(request, "{\"email\":\"" + owner + "\"}").statusCode()).isEqualTo(202);
        String code = MailCatcher.awaitMail(owner, ADD_CODE, 1).find(CODE);
        assertThat(answer(request, code).statusCode()).isEqualTo(200);
        assertThat(furtherIdentities(request)).containsExactly("email " + owner);

        MailCatcher.Received notice = MailCatcher.awaitMail(owner, owner + " " + JOINED, 1);
        assertThat(notice.body()).contains(request.id);
        URI link = URI.create(base + notice.find(REFUSAL_LINK));
        FacesForm page = new FacesForm();
        assertThat(page.open(link).body()).contains("Take it off the request");
        assertThat(furtherIdentities(request)).as("opening the link alone").containsExactly("email " + owner);

        HttpResponse<String> refused = page.press("refusal", "refuse");

        assertThat(refused.body()).contains("taken off the request");
        assertThat(furtherIdentities(request)).isEmpty();
        FacesForm again = new FacesForm();
        assertThat(again.open(link).body()).contains("This link is not valid");
    }

    /**
     * A client that is not a trusted proxy cannot name another client address in {@code X-Forwarded-For} or
     * {@code Forwarded}: once its per-IP limit is used up, forged headers do not give it a fresh one.
     */
    @Test
    @Order(99)
    void aForgedForwardedForFromAnUntrustedPeerDoesNotResetThePerIpLimit() throws Exception {
        ItHttp http = new ItHttp(base);
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i <= SUBMISSIONS_PER_IP; i++) {
            last = submit(http, fresh("flood"));
            if (last.statusCode() != 202) {
                break;
            }
            accepted++;
        }
        assertThat(last.statusCode()).as("after %d submissions", accepted).isEqualTo(429);

        for (String[] forged : List.of(
                new String[] {"X-Forwarded-For", "203.0.113.7"},
                new String[] {"X-Forwarded-For", "203.0.113.8, 198.51.100.1"},
                new String[] {"Forwarded", "for=203.0.113.9"},
                new String[] {"Forwarded", "for=\"[2001:db8:cafe::17]\""})) {
            HttpResponse<String> spoofed = http.post(
                    "api/v1/requests",
                    "{\"type\":\"ACCESS\",\"email\":\"" + fresh("forged") + "\"}",
                    null,
                    forged[0],
                    forged[1]);
            assertThat(spoofed.statusCode()).as(forged[0] + ": " + forged[1]).isEqualTo(429);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A request whose address is proven, with the token that follows it. */
    private record Proven(String id, String token) {}

    private Proven prove(String address) throws Exception {
        ItHttp http = new ItHttp(base);
        HttpResponse<String> made = submit(http, address);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(202);
        String id = json(made).getString("id");
        String code = MailCatcher.awaitMail(address, CONFIRM, 1).find(CODE);
        HttpResponse<String> verified =
                http.post("api/v1/requests/" + id + "/verify", "{\"code\":\"" + code + "\"}", null);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        return new Proven(id, json(verified).getString("subjectToken"));
    }

    private HttpResponse<String> submit(ItHttp http, String address) throws Exception {
        return http.post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + address + "\"}", null);
    }

    private HttpResponse<String> claim(Proven request, String body) throws Exception {
        return new ItHttp(base)
                .post("api/v1/requests/" + request.id + "/identities", body, null, "X-Request-Token", request.token);
    }

    private HttpResponse<String> answer(Proven request, String code) throws Exception {
        return new ItHttp(base)
                .post(
                        "api/v1/requests/" + request.id + "/identities/verify",
                        "{\"code\":\"" + code + "\"}",
                        null,
                        "X-Request-Token",
                        request.token);
    }

    private List<String> furtherIdentities(Proven request) throws Exception {
        HttpResponse<String> response =
                new ItHttp(base).get("api/v1/requests/" + request.id, null, "X-Request-Token", request.token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject json = json(response);
        return json.getJsonArray("furtherIdentities").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    /** Runs {@code count} calls at once: every call waits at a gate until all threads are ready. */
    private static <T> List<T> inParallel(int count, IndexedCall<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch gate = new CountDownLatch(count);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> task = () -> {
                    gate.countDown();
                    gate.await();
                    return call.call(index);
                };
                futures.add(threads.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    private static String fresh(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@subjects.test";
    }
}

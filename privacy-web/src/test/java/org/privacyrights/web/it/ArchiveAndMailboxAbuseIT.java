package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.marketing.application.OneClickUnsubscribe;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.verification.application.RateLimitedException;

/**
 * Attacks on what the platform does on its own once asked: replayed and flooded one-click unsubscribes (each used
 * to make a request and mail its owner).
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveAndMailboxAbuseIT {

    private static final String ADMIN = "admin:it-admin-password";
    private static final int UNSUBSCRIBES_PER_IP = 60;

    @Deployment
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform(
                        "mail",
                        "java:app/privacy/unreachable",
                        "privacy.rate.unsubscribes-per-ip-per-hour=" + UNSUBSCRIBES_PER_IP)
                .addClasses(MailFixture.class, TestServices.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    OneClickUnsubscribe unsubscribe;

    @Inject
    RunAsRole.Dpo dpo;

    // ---- one-click unsubscribe ------------------------------------------------------------------------------

    /** Fifty replays of one link, all at once and once more later: one request, one set of mails. */
    @Test
    @RunAsClient
    void aReplayedUnsubscribeLinkChangesNothingAndSendsNothingEvenFiftyAtOnce() throws Exception {
        MailFixture mail = new MailFixture().create(1, 1);
        try {
            String token = unsubscribeToken(mail.subject);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> replays = new ArrayList<>();
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 50; i++) {
                replays.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return oneClick(client, token);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers =
                    replays.stream().map(CompletableFuture::join).toList();

            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
            List<String> ids = answers.stream()
                    .map(ItHttp::json)
                    .filter(answer -> answer.containsKey("id") && !answer.isNull("id"))
                    .map(answer -> answer.getString("id"))
                    .distinct()
                    .toList();
            assertThat(ids).as("one request, however many replays").hasSize(1);
            String id = ids.get(0);
            MailCatcher.awaitMail(mail.subject, "Your request " + id + " is complete", 1);

            HttpResponse<String> later = oneClick(client, token);
            assertThat(later.statusCode()).isEqualTo(200);
            assertThat(json(later).getString("status")).isEqualTo("ALREADY_UNSUBSCRIBED");
            assertThat(MailCatcher.inbox(mail.subject))
                    .as("every mail the subject got is about the one request")
                    .isNotEmpty()
                    .allSatisfy(received ->
                            assertThat(received.subject() + received.body()).contains(id));
        } finally {
            mail.drop();
        }
    }

    /** Links of one address, each new: after the limit, a 429 and no request, no mail. */
    @Test
    @RunAsClient
    void unsubscribesOfOneAddressAreLimitedWhateverTheLink() throws Exception {
        String address = "limited-" + UUID.randomUUID() + "@unsubscribe.test";
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(oneClick(client, unsubscribeToken(address)).statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429);
    }

    /** A flood from one IP address, of links good or bad, is cut off at the limit. */
    @Test
    void unsubscribesFromOneIpAddressAreLimited() {
        String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < UNSUBSCRIBES_PER_IP; i++) {
            assertThatThrownBy(() -> unsubscribe.unsubscribe("forged.token", ip, "flood"))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> unsubscribe.unsubscribe("forged.token", ip, "flood"))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> unsubscribe.unsubscribe("forged.token", "203.0.113.9", "another"))
                .as("another address is not held up")
                .isInstanceOf(InvalidInputException.class);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A link for this address, as a system sending marketing mail asks for it. */
    private String unsubscribeToken(String address) throws Exception {
        ItHttp http = new ItHttp(base);
        HttpResponse<String> issued =
                http.post("api/v1/admin/api-clients", "{\"name\":\"newsletter-" + UUID.randomUUID() + "\"}", ADMIN);
        JsonObject headers = json(http.get(
                "api/v1/consents/unsubscribe-headers?purpose=newsletter&subject=" + address,
                null,
                "Authorization",
                "Bearer " + json(issued).getString("key")));
        String link = headers.getString("List-Unsubscribe");
        return link.substring(link.lastIndexOf('/') + 1, link.length() - 1);
    }

    /** What a mail client sends (RFC 8058 section 3.1): a form POST, no cookies, no credentials. */
    private HttpResponse<String> oneClick(HttpClient client, String token) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/unsubscribe/" + token))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

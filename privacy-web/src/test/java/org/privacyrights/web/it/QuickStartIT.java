package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quick start as a newcomer runs it: config/micro/quickstart.properties, the RAR, the demo backends and the
 * platform on Payara Micro (only the ports, the database file and the export folder moved aside). A request for a
 * copy of a demo person's data goes end to end, its code read on the demo mailbox page, and the export holds that
 * person's mail and help-desk data; one of the generated erasure requests is carried out in both systems.
 */
class QuickStartIT {

    private static final int PORT = 18_481;
    private static final String ADMIN = "admin:quickstart-admin-password";
    private static MicroProcess micro;
    private static ItHttp http;

    @BeforeAll
    static void startTheQuickStart() throws Exception {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "quickstart-" + UUID.randomUUID());
        Files.createDirectories(work);
        int databasePort = freePort();
        List<String> settings =
                new ArrayList<>(Files.readAllLines(Path.of(System.getProperty("privacy.quickstart.properties"))));
        settings.addAll(List.of(
                "privacy.datasource.url=jdbc:h2:file:" + work.resolve("db/privacy"),
                "privacy.export.dir=" + work.resolve("exports"),
                "privacy.base-url=http://127.0.0.1:" + PORT + "/",
                "privacy.mail.port=" + freePort(),
                "privacy.smtp.port=" + freePort(),
                "privacy.mail.directory.url=jdbc:h2:tcp://localhost:" + databasePort + "/mem:demo-mailsystem",
                "privacy.helpdesk.jdbc-url=jdbc:h2:tcp://localhost:" + databasePort + "/mem:demo-helpdesk"));
        Path properties = work.resolve("quickstart.properties");
        Files.write(properties, settings);
        micro = new MicroProcess(PORT, ADMIN);
        http = micro.http();
        micro.start(
                properties,
                work.resolve("micro.log"),
                System.getProperty("privacy.rar"),
                System.getProperty("privacy.demo.war"),
                System.getProperty("privacy.quickstart.war"));
    }

    @AfterAll
    static void stop() throws Exception {
        micro.kill();
    }

    @Test
    void aCopyOfADemoPersonsDataHoldsTheirMailAndHelpDeskData() throws Exception {
        String person = "person30@demo.example";
        String id = micro.submitAccess(person);
        micro.proveAndApprove(id, awaitOnDemoMailbox(person, "Your code: (\\d{6})"));

        JsonObject completed = micro.awaitStatus(id, "COMPLETED");

        assertThat(tasksBySystem(completed)).containsExactlyInAnyOrder("helpdesk:DONE", "mail:DONE");
        JsonObject contents = json(http.get("api/v1/admin/requests/" + id + "/export-contents", ADMIN));
        assertThat(recordsOf(contents, "mail")).isPositive();
        assertThat(recordsOf(contents, "helpdesk")).isPositive();
        awaitOnDemoMailbox(person, "(Your data is ready to download)");
    }

    @Test
    void aGeneratedErasureRequestIsCarriedOutInTheDemoMailSystemAndHelpDesk() throws Exception {
        JsonObject page = json(http.get("api/v1/admin/requests?status=AWAITING_APPROVAL&type=ERASURE", ADMIN));
        assertThat(page.getJsonArray("items"))
                .as("the demo generates erasure requests awaiting approval")
                .isNotEmpty();
        String id = page.getJsonArray("items").getJsonObject(0).getString("id");

        assertThat(http.post("api/v1/admin/requests/" + id + "/approve", "", ADMIN)
                        .statusCode())
                .isEqualTo(200);

        assertThat(tasksBySystem(micro.awaitStatus(id, "COMPLETED")))
                .containsExactlyInAnyOrder("helpdesk:DONE", "mail:DONE");
    }

    /** Waits for a mail to {@code address} on the demo mailbox page and returns the pattern's first group. */
    private static String awaitOnDemoMailbox(String address, String regex) throws Exception {
        Pattern pattern = Pattern.compile(Pattern.quote(address) + "(?s:.*?)" + regex);
        HttpResponse<String> mailbox = null;
        for (int i = 0; i < 150; i++) {
            mailbox = http.get("demo/mailbox.xhtml", null, "Accept-Language", "en");
            Matcher found = pattern.matcher(mailbox.body());
            if (found.find()) {
                return found.group(1);
            }
            Thread.sleep(200);
        }
        // What the page last answered, so that a failure says whether the mail or the page was missing.
        String body = mailbox.body();
        int mails = body.indexOf("id=\"mails\"");
        throw new AssertionError("No mail to " + address + " with " + regex + " on the demo mailbox page; it last"
                + " answered " + mailbox.statusCode() + ":\n"
                + body.substring(Math.max(0, mails), Math.min(body.length(), Math.max(0, mails) + 3_000)));
    }

    private static List<String> tasksBySystem(JsonObject request) {
        return request.getJsonArray("tasks").stream()
                .map(JsonValue::asJsonObject)
                .map(task -> task.getString("system") + ":" + task.getString("status"))
                .toList();
    }

    private static long recordsOf(JsonObject contents, String system) {
        return contents.getJsonArray("systems").stream()
                .map(JsonValue::asJsonObject)
                .filter(export -> export.getString("system").equals(system))
                .flatMap(export -> export.getJsonObject("recordsByCategory").values().stream())
                .mapToLong(count -> Long.parseLong(count.toString()))
                .sum();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrights.connectors.adapter.testing.MailFixture;

/**
 * The platform killed in the middle of an export, as a crash would (SIGKILL, no shutdown), and started again on
 * the same PostgreSQL database: the export resumes where it stopped and the subject gets exactly one download
 * link. Payara Micro runs as a process of its own here, since the test outlives it.
 */
class CrashRecoveryIT {

    private static final int PORT = 18_480;
    private static final String DATABASE = "privacy_crash";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ADMIN = "admin:crash-admin-password";

    private final ItHttp http;
    private Process micro;
    private MailFixture mail;

    CrashRecoveryIT() throws Exception {
        this.http = new ItHttp(new URL("http://127.0.0.1:" + PORT + "/"));
    }

    @BeforeEach
    void freshDatabaseAndMailbox() throws Exception {
        MailServer.start();
        try (Connection db = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        // Enough mail that the export takes a while: there is time to kill the server while it runs.
        mail = new MailFixture().create(2, 600);
    }

    @AfterEach
    void stopAndClean() throws Exception {
        stop();
        mail.drop();
    }

    @Test
    void aServerKilledMidExportResumesAndIssuesExactlyOneDownloadLink() throws Exception {
        start();
        String subject = mail.subject;
        HttpResponse<String> submitted =
                http.post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + subject + "\"}", null);
        String id = json(submitted).getString("id");
        String code =
                MailCatcher.awaitMail(subject, "Your confirmation code", 1).find("Your code: (\\d{6})");
        assertThat(http.post("api/v1/requests/" + id + "/verify", "{\"code\":\"" + code + "\"}", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.post("api/v1/admin/requests/" + id + "/approve", "", ADMIN)
                        .statusCode())
                .isEqualTo(200);

        awaitTask("RUNNING");
        micro.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(status(id)).as("nothing answers while the server is down").isNull();

        start();
        JsonObject completed = awaitStatus(id, "COMPLETED");

        assertThat(completed.getJsonArray("tasks").getJsonObject(0).getInt("attempts"))
                .as("the interrupted export ran again")
                .isEqualTo(2);
        MailCatcher.awaitMail(subject, "Your data is ready to download", 1);
        Thread.sleep(3_000);
        assertThat(MailCatcher.inbox(subject))
                .filteredOn(received -> received.subject().equals("Your data is ready to download"))
                .as("exactly one download link")
                .hasSize(1);
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                Statement sql = db.createStatement();
                ResultSet packages = sql.executeQuery("SELECT count(*) FROM export_package")) {
            packages.next();
            assertThat(packages.getLong(1)).isEqualTo(1);
        }
    }

    /** Starts Payara Micro with the tests' settings, this database, a short lease, and the mail system only. */
    private void start() throws Exception {
        Path properties = Path.of(System.getProperty("java.io.tmpdir"), "crash-recovery.properties");
        List<String> settings =
                new java.util.ArrayList<>(Files.readAllLines(Path.of(System.getProperty("privacy.it.properties"))));
        settings.addAll(List.of(
                "privacy.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                "privacy.datasource.url=" + SERVER + DATABASE,
                "privacy.datasource.user=postgres",
                "privacy.datasource.password=unused-with-trust-auth",
                "privacy.bootstrap.admin.password=crash-admin-password",
                "privacy.connected-systems=mail",
                "privacy.work.lease-seconds=5"));
        Files.write(properties, settings);
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "crash-recovery-micro.log");
        micro = new ProcessBuilder(
                        "java",
                        "-Xmx768m",
                        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                        "-jar",
                        System.getProperty("payara.microJar"),
                        "--nocluster",
                        "--port",
                        String.valueOf(PORT),
                        "--rootdir",
                        Path.of(System.getProperty("java.io.tmpdir"), "crash-recovery-" + UUID.randomUUID())
                                .toString(),
                        "--systemProperties",
                        properties.toString(),
                        "--deploy",
                        System.getProperty("privacy.rar"),
                        "--deploy",
                        System.getProperty("privacy.war"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(log.toString())))
                .start();
        // Micro answers /health before the application is deployed: wait for the API's own JSON 404 instead.
        for (int i = 0; i < 1200; i++) {
            HttpResponse<String> probe = tryGet("api/v1/requests/" + UUID.randomUUID());
            if (probe != null
                    && probe.statusCode() == 404
                    && probe.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The platform did not come up on Payara Micro; see " + log);
    }

    private void stop() throws InterruptedException {
        if (micro != null && micro.isAlive()) {
            micro.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Watches the database itself: asking the API would be too slow to catch the task while it runs. */
    private void awaitTask(String taskStatus) throws Exception {
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                Statement sql = db.createStatement()) {
            for (int i = 0; i < 3_000; i++) {
                try (ResultSet tasks = sql.executeQuery("SELECT status FROM request_task")) {
                    while (tasks.next()) {
                        if (tasks.getString(1).equals(taskStatus)) {
                            return;
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("No task became " + taskStatus);
    }

    private JsonObject awaitStatus(String id, String requestStatus) throws Exception {
        JsonObject request = null;
        for (int i = 0; i < 600; i++) {
            request = status(id);
            if (request != null && request.getString("status").equals(requestStatus)) {
                return request;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Request " + id + " did not become " + requestStatus + ": " + request);
    }

    private JsonObject status(String id) throws Exception {
        HttpResponse<String> response = tryGet("api/v1/admin/requests/" + id);
        return response == null || response.statusCode() != 200 ? null : json(response);
    }

    private HttpResponse<String> tryGet(String path) throws Exception {
        try {
            return http.get(path, path.startsWith("api/v1/admin/") ? ADMIN : null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}

package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrights.connectors.adapter.testing.MailFixture;

/**
 * The platform killed in the middle of an export, or after the last system's work and before its archive, as a
 * crash would (SIGKILL, no shutdown), and started again on the same PostgreSQL database: the work resumes where it
 * stopped and the subject gets exactly one download link. Payara Micro runs as a process of its own here, since the test outlives it.
 */
class CrashRecoveryIT {

    private static final int PORT = 18_480;
    private static final String DATABASE = "privacy_crash";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ADMIN = "admin:crash-admin-password";

    private final MicroProcess micro;
    private MailFixture mail;

    CrashRecoveryIT() throws Exception {
        this.micro = new MicroProcess(PORT, ADMIN);
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
        micro.kill();
        mail.drop();
    }

    @Test
    void aServerKilledMidExportResumesAndIssuesExactlyOneDownloadLink() throws Exception {
        start();
        String subject = mail.subject;
        String id = micro.submitAccess(subject);
        micro.proveAndApprove(
                id, MailCatcher.awaitMail(subject, "Your confirmation code", 1).find("Your code: (\\d{6})"));

        awaitTask("RUNNING");
        micro.kill();
        assertThat(micro.status(id))
                .as("nothing answers while the server is down")
                .isNull();

        start();
        JsonObject completed = micro.awaitStatus(id, "COMPLETED");

        assertThat(completed.getJsonArray("tasks").getJsonObject(0).getInt("attempts"))
                .as("the interrupted export ran again")
                .isEqualTo(2);
        MailCatcher.awaitMail(subject, "Your data is ready to download", 1);
        // One such mail was ever queued, and it arrived: there is no second one to arrive later.
        assertThat(count("SELECT count(*) FROM outbox_mail WHERE template = 'export-ready'"))
                .as("exactly one download link")
                .isEqualTo(1);
        assertThat(MailCatcher.inbox(subject))
                .filteredOn(received -> received.subject().equals("Your data is ready to download"))
                .hasSize(1);
        assertThat(count("SELECT count(*) FROM export_package")).isEqualTo(1);
    }

    @Test
    void aServerKilledBetweenTheLastSystemAndTheArchiveAssemblesItOnceAfterTheRestart() throws Exception {
        start();
        String subject = mail.subject;
        String id = micro.submitAccess(subject);
        micro.proveAndApprove(
                id, MailCatcher.awaitMail(subject, "Your confirmation code", 1).find("Your code: (\\d{6})"));

        awaitTask("DONE");
        micro.kill();
        assertThat(count("SELECT count(*) FROM export_package"))
                .as("killed after the mail system was done, before its archive was stored")
                .isZero();

        start();
        JsonObject completed = micro.awaitStatus(id, "COMPLETED");

        assertThat(completed.getJsonArray("tasks").getJsonObject(0).getInt("attempts"))
                .as("the system's work was not done again")
                .isEqualTo(1);
        MailCatcher.awaitMail(subject, "Your data is ready to download", 1);
        assertThat(count("SELECT count(*) FROM export_package")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_mail WHERE template = 'export-ready'"))
                .as("exactly one download link")
                .isEqualTo(1);
    }

    private long count(String query) throws Exception {
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
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
        micro.start(
                properties,
                Path.of(System.getProperty("java.io.tmpdir"), "crash-recovery-micro.log"),
                System.getProperty("privacy.rar"),
                System.getProperty("privacy.war"));
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
}

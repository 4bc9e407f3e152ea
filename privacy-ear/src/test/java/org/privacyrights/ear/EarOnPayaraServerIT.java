package org.privacyrights.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server 6 with PostgreSQL: a fresh domain on private ports, the EAR deployed with its
 * RAR and EAR-level resources, then checked from outside: health, a submitted request, the staff list.
 */
class EarOnPayaraServerIT {

    private static final int PORT_BASE = 28_000;
    private static final String BASE = "http://127.0.0.1:" + (PORT_BASE + 80) + "/";
    private static final String DOMAIN = "privacy-smoke";
    private static final String DATABASE = "privacy_smoke";
    private static final String POSTGRES =
            System.getProperty("privacy.test.postgres.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String POSTGRES_USER = System.getProperty("privacy.test.postgres.user", "postgres");
    private static final String ADMIN_PASSWORD = "smoke-admin-password";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void deployTheEar() throws Exception {
        recreateDatabase();
        asadmin("delete-domain", "--domaindir", domains(), DOMAIN).ignoreFailure();
        asadmin(
                        "create-domain",
                        "--nopassword",
                        "--portbase",
                        String.valueOf(PORT_BASE),
                        "--domaindir",
                        domains(),
                        DOMAIN)
                .check();
        asadmin("start-domain", "--domaindir", domains(), DOMAIN).check();
        setInstallationProperties();
        asadmin(
                        "--port",
                        String.valueOf(PORT_BASE + 48),
                        "deploy",
                        "--name",
                        "privacy",
                        System.getProperty("privacy.ear"))
                .check();
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        asadmin("stop-domain", "--domaindir", domains(), DOMAIN).ignoreFailure();
    }

    @Test
    void healthIsUpWithThePostgresDatabase() throws Exception {
        HttpResponse<String> health = get("health", null);

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"database\"")
                .contains("PostgreSQL")
                .contains("\"UP\"");
    }

    @Test
    void aSubmittedRequestShowsUpInTheStaffList() throws Exception {
        HttpResponse<String> submitted = HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE + "api/v1/requests"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"ACCESS\",\"email\":\"ear@example.org\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(submitted.body());
        assertThat(id.find()).isTrue();

        HttpResponse<String> list = get("api/v1/admin/requests", "admin:" + ADMIN_PASSWORD);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains(id.group(1));
    }

    @Test
    void theStaffDashboardAsksForASignIn() throws Exception {
        HttpResponse<String> dashboard = get("staff/requests.xhtml", null);
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).contains("/staff/login.xhtml"));

        HttpResponse<String> portal = get("", null);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("Ask about your personal data");
    }

    private static HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", POSTGRES_USER, "");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
    }

    /** As an administrator would: a properties file stored in the domain by config/payara-server/set-properties.sh. */
    private static void setInstallationProperties() throws IOException, InterruptedException {
        Path properties = Path.of(domains(), "privacy.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "privacy.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                        "privacy.datasource.url=" + POSTGRES + DATABASE,
                        "privacy.datasource.user=" + POSTGRES_USER,
                        "privacy.datasource.password=trust-auth-ignores-this",
                        "privacy.bootstrap.admin.password=" + ADMIN_PASSWORD,
                        "privacy.connected-systems=mail",
                        "privacy.mail.host=127.0.0.1",
                        "privacy.mail.port=10143",
                        "privacy.mail.ssl=false",
                        "privacy.mail.allow-plaintext=true",
                        "privacy.mail.user=privacy-admin",
                        "privacy.mail.password=unused:here=too",
                        "privacy.mail.search-matches-whole-addresses=true",
                        "privacy.mail.directory.url=jdbc:postgresql://127.0.0.1:5432/privacy_mailsystem",
                        "privacy.mail.directory.user=" + POSTGRES_USER,
                        "privacy.mail.directory.password=unused",
                        "privacy.helpdesk.jdbc-url=jdbc:postgresql://127.0.0.1:5432/privacy_helpdesk",
                        "privacy.helpdesk.user=" + POSTGRES_USER,
                        "privacy.helpdesk.password=unused",
                        "privacy.helpdesk.data-map="
                                + Path.of(System.getProperty("privacy.config"), "helpdesk", "datamap.json"),
                        "privacy.helpdesk.hash-key=ab5c8de75315b2158398a45cf729e6b779e1fcc89c8aa96773db06421526c445",
                        "privacy.dav.base-url=http://127.0.0.1:5232/",
                        "privacy.dav.user=privacy-admin",
                        "privacy.dav.password=test-dav-password",
                        "privacy.smtp.host=127.0.0.1",
                        "privacy.smtp.port=3025",
                        "privacy.smtp.user=privacy",
                        "privacy.smtp.password=unused",
                        "privacy.smtp.auth=false",
                        "privacy.smtp.starttls=false",
                        "privacy.smtp.from=Privacy Office <privacy@smoke.test>",
                        "privacy.verification.secret=baaa3b98afadca733e5d382521040aa2958795802c657746eb964638b05b77aa",
                        "privacy.export.dir=" + Path.of(domains(), "exports"),
                        "privacy.export.key=da39f8ec964ae9a6990d0a77778f3c7d6f8cd5da82102d3ca8d903a918016220",
                        "privacy.register.file=" + Path.of(System.getProperty("privacy.config"), "register.json"),
                        // Switched off, but the bean still binds to the adapter by its name inside the EAR.
                        "privacy.inbound.resource-adapter=privacy#privacy-connectors",
                        "privacy.inbound.enabled=false",
                        "privacy.inbound.host=127.0.0.1",
                        "privacy.inbound.port=10143",
                        "privacy.inbound.ssl=false",
                        "privacy.inbound.allow-plaintext=true",
                        "privacy.inbound.user=privacy@inbound.test",
                        "privacy.inbound.password=unused",
                        "privacy.inbound.folder=INBOX",
                        "privacy.inbound.poll-interval-seconds=30",
                        "privacy.inbound.max-delivery-attempts=3"));
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        Path.of(System.getProperty("privacy.config"), "payara-server", "set-properties.sh")
                                .toString(),
                        properties.toString(),
                        "--port",
                        String.valueOf(PORT_BASE + 48))
                .redirectErrorStream(true);
        builder.environment()
                .put(
                        "ASADMIN",
                        Path.of(System.getProperty("payara.home"), "bin", "asadmin")
                                .toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("set-properties.sh failed:\n" + output);
        }
    }

    private static String domains() {
        return System.getProperty("privacy.domains");
    }

    /** Runs asadmin from the unpacked Payara Server. */
    private static Result asadmin(String... arguments) throws IOException, InterruptedException {
        Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        asadmin.toFile().setExecutable(true);
        List<String> command = new ArrayList<>();
        command.add(asadmin.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Files.createDirectories(Path.of(domains()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(String.join(" ", arguments), process.exitValue(), output);
    }

    private record Result(String command, int exitCode, String output) {

        void check() {
            if (exitCode != 0) {
                throw new IllegalStateException("asadmin " + command + " failed (" + exitCode + "):\n" + output);
            }
        }

        void ignoreFailure() {
            // Clean-up steps: a domain that is not there or not running is what we want anyway.
        }
    }
}

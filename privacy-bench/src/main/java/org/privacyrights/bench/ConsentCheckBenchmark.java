package org.privacyrights.bench;

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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consent check under load, against a trivial endpoint of the same server: Payara Micro with the platform on
 * PostgreSQL, subjects with recorded decisions, then wrk (closed loop, keep-alive connections) against
 * {@code GET /api/v1/consents/check} with random known and unknown subjects, and against two trivial endpoints of
 * the same server: {@code /health/live} (MicroProfile Health, no checks) and a static file.
 */
public final class ConsentCheckBenchmark {

    private static final String DATABASE = "privacy_consent_bench";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int PORT = Integer.getInteger("bench.port", 18580);
    private static final String ADMIN_PASSWORD = "consent-bench-admin-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = "http://127.0.0.1:" + PORT + "/";
    private final Path work = Path.of(System.getProperty("bench.work", "target/consent-bench"));

    public static void main(String[] args) throws Exception {
        int subjects = Integer.getInteger("bench.subjects", 5_000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int connections = Integer.getInteger("bench.connections", 16);
        new ConsentCheckBenchmark().run(subjects, seconds, connections);
        System.exit(0);
    }

    private void run(int subjects, int seconds, int connections) throws Exception {
        String wrk = ensureWrk();
        Files.createDirectories(work);
        recreateDatabase();
        Process micro = startMicro();
        try {
            String key = issueKey();
            long started = System.nanoTime();
            seed(key, subjects);
            System.out.printf(
                    Locale.ROOT,
                    "Recorded consent for %,d subjects in %.1f s%n",
                    subjects,
                    (System.nanoTime() - started) / 1e9);
            Path script = checkScript(key, subjects);
            // Warm-up: the JIT and the pools, not measured.
            load(wrk, connections, 30, script, "api/v1/consents/check");
            load(wrk, connections, 15, null, "health/live");
            Result check = load(wrk, connections, seconds, script, "api/v1/consents/check");
            Result trivial = load(wrk, connections, seconds, null, "health/live");
            Result file = load(wrk, connections, seconds, null, "resources/css/platform.css");
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "==== Consent check benchmark (%d connections, %d s each, 2 wrk threads, %,d subjects) ====%n",
                    connections,
                    seconds,
                    subjects);
            System.out.println(check.line("consent check", 2000, 20));
            System.out.println(trivial.line("/health/live", 0, 0));
            System.out.println(file.line("a static file", 0, 0));
        } finally {
            micro.destroy();
            if (!micro.waitFor(30, TimeUnit.SECONDS)) {
                micro.destroyForcibly();
            }
        }
    }

    private static String ensureWrk() throws Exception {
        if (exitCode("sh", "-c", "command -v wrk") == 0) {
            return "wrk";
        }
        System.out.println("Installing wrk (Debian package)");
        if (exitCode(
                        "sh",
                        "-c",
                        "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null"
                                + " || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)")
                != 0) {
            throw new IllegalStateException("wrk is missing and could not be installed (apt-get install wrk)");
        }
        return "wrk";
    }

    private static void recreateDatabase() throws Exception {
        try (Connection db = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.executeUpdate("CREATE DATABASE " + DATABASE);
        }
    }

    private Process startMicro() throws Exception {
        List<String> settings = new ArrayList<>(Files.readAllLines(Path.of(System.getProperty("bench.properties"))));
        settings.addAll(List.of(
                "privacy.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                "privacy.datasource.url=" + POSTGRES + DATABASE,
                "privacy.datasource.user=postgres",
                "privacy.datasource.password=unused-with-trust-auth",
                "privacy.bootstrap.admin.password=" + ADMIN_PASSWORD,
                "privacy.base-url=" + base));
        Path properties = work.resolve("bench.properties");
        Files.write(properties, settings);
        Path log = work.resolve("micro.log");
        Process micro = new ProcessBuilder(
                        "java",
                        "-Xmx768m",
                        "-jar",
                        System.getProperty("bench.microJar"),
                        "--nocluster",
                        "--port",
                        String.valueOf(PORT),
                        "--rootdir",
                        // A fresh root: Micro redeploys what an old root holds, and the app would come up twice.
                        work.resolve("micro-root-" + System.nanoTime()).toString(),
                        "--systemProperties",
                        properties.toString(),
                        "--deploy",
                        System.getProperty("bench.rar"),
                        "--deploy",
                        System.getProperty("bench.war"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        for (int i = 0; i < 600; i++) {
            if (!micro.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            try {
                HttpResponse<String> purposes = get("api/v1/consents/purposes", "Basic " + basic());
                if (purposes.statusCode() == 200) {
                    System.out.println("Payara Micro is up on port " + PORT + " (log: " + log + ")");
                    return micro;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        micro.destroyForcibly();
        throw new IllegalStateException("The platform did not come up; see " + log);
    }

    private String issueKey() throws Exception {
        HttpResponse<String> issued =
                post("api/v1/admin/api-clients", "{\"name\":\"bench-" + System.nanoTime() + "\"}", "Basic " + basic());
        Matcher key = Pattern.compile("\"key\":\"(prk_[^\"]+)\"").matcher(issued.body());
        if (issued.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("Could not issue an API key: " + issued.body());
        }
        return key.group(1);
    }

    /** Every subject decides on the newsletter; every third withdraws again, so both answers occur. */
    private void seed(String key, int subjects) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < subjects; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    record(key, n, true);
                    if (n % 3 == 0) {
                        record(key, n, false);
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void record(String key, int subject, boolean granted) throws Exception {
        String body = "{\"email\":\"" + email(subject) + "\",\"purpose\":\"newsletter\",\"granted\":" + granted
                + ",\"noticeText\":\"Send me the newsletter.\",\"channel\":\"webmail\","
                + "\"action\":\"ticked the box\",\"ipAddress\":\"192.0.2.1\"}";
        HttpResponse<String> recorded = post("api/v1/consents", body, "Bearer " + key);
        if (recorded.statusCode() != 201) {
            throw new IllegalStateException("Recording consent failed: " + recorded.body());
        }
    }

    private static String email(int subject) {
        return "subject" + subject + "@bench.example.org";
    }

    /** Random subjects, a tenth of them unknown to the platform; the API key on every request. */
    private Path checkScript(String key, int subjects) throws IOException {
        Path script = work.resolve("check.lua");
        Files.writeString(
                script,
                """
                math.randomseed(42)
                wrk.headers["Authorization"] = "Bearer %s"
                request = function()
                  local n = math.random(0, %d)
                  return wrk.format("GET", "/api/v1/consents/check?purpose=newsletter&subject=subject" .. n .. "%%40bench.example.org")
                end
                done = function(summary, latency, requests)
                  io.write(string.format("non-2xx: %%d\\n", summary.errors.status))
                end
                """
                        .formatted(key, subjects + subjects / 10));
        return script;
    }

    private Result load(String wrk, int connections, int seconds, Path script, String path) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(wrk, "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "5s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(base + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return Result.parse(output);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int exitCode(String... command) throws Exception {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** What wrk reports: throughput, latency percentiles and answers that were not 2xx. */
    record Result(double perSecond, String p50, String p99, long non2xx, String raw) {

        static Result parse(String output) {
            return new Result(
                    Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)")),
                    find(output, "\\s50%\\s+(\\S+)"),
                    find(output, "\\s99%\\s+(\\S+)"),
                    Long.parseLong(find(output, "non-2xx: (\\d+)", "0")),
                    output);
        }

        String line(String what, double targetPerSecond, double targetP99Millis) {
            String verdict = "";
            if (targetPerSecond > 0) {
                boolean ok = perSecond >= targetPerSecond && millis(p99) < targetP99Millis && non2xx == 0;
                verdict = String.format(
                        Locale.ROOT,
                        "  (target >= %,.0f/s, p99 < %.0f ms) %s",
                        targetPerSecond,
                        targetP99Millis,
                        ok ? "OK" : "MISSED");
            }
            return String.format(
                    Locale.ROOT,
                    "%-15s %,9.0f requests/s   p50 %8s   p99 %8s   non-2xx %d%s",
                    what,
                    perSecond,
                    p50,
                    p99,
                    non2xx,
                    verdict);
        }

        private static double millis(String wrkDuration) {
            Matcher m = Pattern.compile("([\\d.]+)(us|ms|s)").matcher(wrkDuration);
            if (!m.matches()) {
                return Double.MAX_VALUE;
            }
            double value = Double.parseDouble(m.group(1));
            return switch (m.group(2)) {
                case "us" -> value / 1000;
                case "ms" -> value;
                default -> value * 1000;
            };
        }

        private static String find(String output, String regex) {
            String found = find(output, regex, null);
            if (found == null) {
                throw new IllegalStateException("Unexpected wrk output:\n" + output);
            }
            return found;
        }

        private static String find(String output, String regex, String otherwise) {
            Matcher m = Pattern.compile(regex).matcher(output);
            return m.find() ? m.group(1) : otherwise;
        }
    }
}

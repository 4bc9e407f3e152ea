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
import java.util.concurrent.TimeUnit;

/**
 * The platform as the HTTP benchmarks load it: Payara Micro with the built WAR and RAR on a fresh PostgreSQL
 * database, the quick start's settings plus the benchmark's own, and wrk (installed from Debian when missing)
 * to load it with keep-alive connections in a closed loop.
 */
final class BenchPlatform implements AutoCloseable {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    static final String ADMIN_PASSWORD = "bench-admin-password";

    final String base;
    final Path work;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String wrk;
    private Process micro;

    private BenchPlatform(int port, Path work) throws Exception {
        this.port = port;
        this.base = "http://127.0.0.1:" + port + "/";
        this.work = work;
        this.wrk = ensureWrk();
        Files.createDirectories(work);
    }

    /** Starts the platform on a database of that name, dropped and created anew, with {@code settings} added. */
    static BenchPlatform start(int port, Path work, String database, List<String> settings) throws Exception {
        BenchPlatform platform = new BenchPlatform(port, work);
        recreateDatabase(database);
        platform.micro = platform.startMicro(database, settings);
        return platform;
    }

    /** wrk against {@code path} with an optional Lua script; the script may print "non-2xx" and "p95" lines. */
    WrkResult load(int connections, int seconds, Path script, String path) throws Exception {
        return load(2, connections, seconds, script, path);
    }

    /** As {@link #load(int, int, Path, String)} with {@code threads} wrk threads (one per session, say). */
    WrkResult load(int threads, int connections, int seconds, Path script, String path) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(wrk, "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "5s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(base + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return WrkResult.parse(output);
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST, with the given {@code Authorization} header or, where null, none. */
    HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null && !authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        if (micro != null) {
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

    private static void recreateDatabase(String database) throws Exception {
        try (Connection db = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.executeUpdate("CREATE DATABASE " + database);
        }
    }

    private Process startMicro(String database, List<String> extraSettings) throws Exception {
        List<String> settings = new ArrayList<>(Files.readAllLines(Path.of(System.getProperty("bench.properties"))));
        settings.addAll(List.of(
                "privacy.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                "privacy.datasource.url=" + POSTGRES + database,
                "privacy.datasource.user=postgres",
                "privacy.datasource.password=unused-with-trust-auth",
                "privacy.bootstrap.admin.password=" + ADMIN_PASSWORD,
                "privacy.base-url=" + base,
                // The pages and the API are measured, not backends: the quick start's demo ones are not deployed.
                "privacy.connected-systems="));
        settings.addAll(extraSettings);
        Path properties = work.resolve("bench.properties");
        Files.write(properties, settings);
        Path log = work.resolve("micro.log");
        List<String> command = new ArrayList<>(List.of(
                "java",
                "-Xmx768m",
                // Pauses show in the latency tails; the log tells them from the platform's own stalls.
                "-Xlog:gc:file=" + work.resolve("gc.log")));
        String serverOptions = System.getProperty("bench.server-options", "").trim();
        if (!serverOptions.isEmpty()) {
            command.addAll(List.of(serverOptions.split("\\s+")));
        }
        command.addAll(List.of(
                "-jar",
                System.getProperty("bench.microJar"),
                "--nocluster",
                "--port",
                String.valueOf(port),
                "--rootdir",
                // A fresh root: Micro redeploys what an old root holds, and the app would come up twice.
                work.resolve("micro-root-" + System.nanoTime()).toString(),
                "--systemProperties",
                properties.toString(),
                "--deploy",
                System.getProperty("bench.rar"),
                "--deploy",
                System.getProperty("bench.war")));
        Process started = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        for (int i = 0; i < 600; i++) {
            if (!started.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            try {
                if (get("api/v1/consents/purposes", basic()).statusCode() == 200) {
                    System.out.println("Payara Micro is up on port " + port + " (log: " + log + ")");
                    return started;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        started.destroyForcibly();
        throw new IllegalStateException("The platform did not come up; see " + log);
    }

    private static int exitCode(String... command) throws Exception {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}

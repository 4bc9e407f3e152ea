package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyrights.web.it.ItHttp.json;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a process of its own, for tests that outlive a server (a crash) or deploy more than one archive
 * (the quick start): started with a properties file and the archives in order, its log appended to a file.
 */
final class MicroProcess {

    private final int port;
    private final String admin;
    private final ItHttp http;
    private Process process;

    /** {@code admin} is the staff login ("user:password") the admin API is asked with. */
    MicroProcess(int port, String admin) throws Exception {
        this.port = port;
        this.admin = admin;
        this.http = new ItHttp(new URL("http://127.0.0.1:" + port + "/"));
    }

    ItHttp http() {
        return http;
    }

    /** Starts the server and waits until the platform's API answers. */
    void start(Path properties, Path log, String... archives) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "java",
                "-Xmx768m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-jar",
                System.getProperty("payara.microJar"),
                "--nocluster",
                "--port",
                String.valueOf(port),
                "--rootdir",
                Path.of(System.getProperty("java.io.tmpdir"), "micro-" + UUID.randomUUID())
                        .toString(),
                "--systemProperties",
                properties.toString()));
        for (String archive : archives) {
            command.add("--deploy");
            command.add(archive);
        }
        process = new ProcessBuilder(command)
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
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The platform did not come up on Payara Micro; see " + log);
    }

    /** Ends the server as a crash would: no shutdown. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Asks for a copy of the data of {@code email}, as a subject does through the API; returns the request's id. */
    String submitAccess(String email) throws Exception {
        return json(http.post("api/v1/requests", "{\"type\":\"ACCESS\",\"email\":\"" + email + "\"}", null))
                .getString("id");
    }

    /** Answers the request's mailed code as the subject, then approves it as staff. */
    void proveAndApprove(String id, String code) throws Exception {
        assertThat(http.post("api/v1/requests/" + id + "/verify", "{\"code\":\"" + code + "\"}", null)
                        .statusCode())
                .as("the code is accepted")
                .isEqualTo(200);
        assertThat(http.post("api/v1/admin/requests/" + id + "/approve", "", admin)
                        .statusCode())
                .as("the request is approved")
                .isEqualTo(200);
    }

    JsonObject awaitStatus(String id, String requestStatus) throws Exception {
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

    /** The request as the admin API shows it, or null while the server does not answer. */
    JsonObject status(String id) throws Exception {
        HttpResponse<String> response = tryGet("api/v1/admin/requests/" + id);
        return response == null || response.statusCode() != 200 ? null : json(response);
    }

    private HttpResponse<String> tryGet(String path) throws Exception {
        try {
            return http.get(path, path.startsWith("api/v1/admin/") ? admin : null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}

package org.privacyrights.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What it costs a staff client to be recognised on each API call: {@code GET /api/v1/staff/me} with HTTP Basic
 * (a password checked moments ago is remembered, so not every call pays the 600,000-iteration hash) and with an API
 * token from {@code POST /api/v1/auth/token}, beside an anonymous endpoint ({@code /health/live}) and a static file
 * of the same server, in the same run. Each is measured in an open loop at {@code bench.auth-rate} requests a second
 * (latency counted from when each request was due), after a warm-up, and then for its capacity with wrk.
 */
public final class AuthenticatedApiBenchmark {

    private static final String DATABASE = "privacy_auth_bench";
    private static final int PORT = Integer.getInteger("bench.port", 18582);
    private static final String ME = "api/v1/staff/me";
    private static final String STATIC_FILE = "resources/css/platform.css";
    private static final double TARGET_P50_MILLIS = 20;
    private static final int OPEN_LOOP_WARM_UP = 5;

    private final Path work = Path.of(System.getProperty("bench.work", "target/auth-bench"));

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int connections = Integer.getInteger("bench.connections", 16);
        int rate = Integer.getInteger("bench.auth-rate", 200);
        int warmUp = Integer.getInteger("bench.warm-up", 30);
        new AuthenticatedApiBenchmark().run(seconds, connections, rate, warmUp);
        System.exit(0);
    }

    private void run(int seconds, int connections, int rate, int warmUp) throws Exception {
        try (BenchPlatform platform = BenchPlatform.start(PORT, work, DATABASE, List.of())) {
            String basic = BenchPlatform.basic();
            String bearer = "Bearer " + token(platform);
            check(platform, basic);
            check(platform, bearer);
            Path basicScript = script("basic.lua", basic);
            Path bearerScript = script("bearer.lua", bearer);
            // Warm-up, not measured: the JIT compiles the authentication path and the resources under load.
            platform.load(connections, warmUp, basicScript, ME);
            platform.load(connections, warmUp, bearerScript, ME);
            platform.load(connections, warmUp / 2, null, "health/live");
            platform.load(connections, warmUp / 2, null, STATIC_FILE);

            int openConnections = Math.min(connections, 4);
            ConstantRateLoad.Result basicAtRate = ConstantRateLoad.run(
                    platform.base, basic, rate, OPEN_LOOP_WARM_UP, seconds, openConnections, n -> ME);
            ConstantRateLoad.Result bearerAtRate = ConstantRateLoad.run(
                    platform.base, bearer, rate, OPEN_LOOP_WARM_UP, seconds, openConnections, n -> ME);
            ConstantRateLoad.Result anonymousAtRate = ConstantRateLoad.run(
                    platform.base, null, rate, OPEN_LOOP_WARM_UP, seconds, openConnections, n -> "health/live");
            ConstantRateLoad.Result fileAtRate = ConstantRateLoad.run(
                    platform.base, null, rate, OPEN_LOOP_WARM_UP, seconds, openConnections, n -> STATIC_FILE);

            WrkResult basicCapacity = platform.load(connections, seconds, basicScript, ME);
            WrkResult bearerCapacity = platform.load(connections, seconds, bearerScript, ME);
            WrkResult anonymousCapacity = platform.load(connections, seconds, null, "health/live");
            WrkResult fileCapacity = platform.load(connections, seconds, null, STATIC_FILE);

            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "==== Authenticated API benchmark (GET /%s; %d s each) ====%n"
                            + "Latency at %,d requests/s: open loop over %d connections, each latency counted from"
                            + " when its request was due (after %d s not counted); target p50 < %.0f ms%n",
                    ME,
                    seconds,
                    rate,
                    openConnections,
                    OPEN_LOOP_WARM_UP,
                    TARGET_P50_MILLIS);
            System.out.println(verdict(basicAtRate) + basicAtRate.line("HTTP Basic", 0));
            System.out.println(verdict(bearerAtRate) + bearerAtRate.line("API token", 0));
            System.out.println("         " + anonymousAtRate.line("/health/live", 0));
            System.out.println("         " + fileAtRate.line("a static file", 0));
            System.out.printf(Locale.ROOT, "Capacity: wrk, closed loop, %d connections%n", connections);
            System.out.println(basicCapacity.line("HTTP Basic", 0, 0));
            System.out.println(bearerCapacity.line("API token", 0, 0));
            System.out.println(anonymousCapacity.line("/health/live", 0, 0));
            System.out.println(fileCapacity.line("a static file", 0, 0));
        }
    }

    private static String verdict(ConstantRateLoad.Result result) {
        return (result.p50Millis() < TARGET_P50_MILLIS && result.non2xx() == 0 ? "[OK]     " : "[MISSED] ");
    }

    private static String token(BenchPlatform platform) throws Exception {
        HttpResponse<String> issued = platform.post(
                "api/v1/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + BenchPlatform.ADMIN_PASSWORD + "\"}",
                null);
        Matcher token = Pattern.compile("\"token\":\"(pst\\.[^\"]+)\"").matcher(issued.body());
        if (issued.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Could not get an API token: " + issued.body());
        }
        return token.group(1);
    }

    private static void check(BenchPlatform platform, String authorization) throws Exception {
        HttpResponse<String> me = platform.get(ME, authorization);
        if (me.statusCode() != 200) {
            throw new IllegalStateException(authorization.split(" ")[0] + " was refused: " + me.body());
        }
    }

    /** The header on every request; wrk's summary then says how many answers were not 2xx. */
    private Path script(String name, String authorization) throws Exception {
        Path script = work.resolve(name);
        Files.writeString(
                script,
                """
                wrk.headers["Authorization"] = "%s"
                done = function(summary, latency, requests)
                  io.write(string.format("non-2xx: %%d\\n", summary.errors.status))
                end
                """
                        .formatted(authorization));
        return script;
    }
}

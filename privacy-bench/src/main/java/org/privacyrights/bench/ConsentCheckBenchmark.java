package org.privacyrights.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consent check under load, against a trivial endpoint of the same server: Payara Micro with the platform on
 * PostgreSQL, subjects with recorded decisions, then wrk (closed loop, keep-alive connections) against
 * {@code GET /api/v1/consents/check} with random known and unknown subjects, and against two trivial endpoints of
 * the same server: {@code /health/live} (MicroProfile Health, no checks) and a static file. That gives the capacity;
 * the latency target is then measured at the target rate with an open loop ({@link ConstantRateLoad}), against the
 * check and the same two trivial endpoints.
 */
public final class ConsentCheckBenchmark {

    private static final String DATABASE = "privacy_consent_bench";
    private static final int PORT = Integer.getInteger("bench.port", 18580);
    private static final int TARGET_PER_SECOND = 2_000;
    private static final String CHECK_PREFIX = "api/v1/consents/check?purpose=newsletter&subject=subject";
    private static final String CHECK_SUFFIX = "%40bench.example.org";
    private static final double TARGET_P99_MILLIS = 20;
    private static final String STATIC_FILE = "resources/css/platform.css";
    /** Seconds of each open-loop run that are sent but not counted (new connections, the generator's own JIT). */
    private static final int OPEN_LOOP_WARM_UP = 5;

    private final Path work = Path.of(System.getProperty("bench.work", "target/consent-bench"));
    private BenchPlatform platform;

    public static void main(String[] args) throws Exception {
        int subjects = Integer.getInteger("bench.subjects", 5_000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int connections = Integer.getInteger("bench.connections", 16);
        int rate = Integer.getInteger("bench.rate", TARGET_PER_SECOND);
        int warmUp = Integer.getInteger("bench.check-warm-up", 90);
        new ConsentCheckBenchmark().run(subjects, seconds, connections, rate, warmUp);
        System.exit(0);
    }

    private void run(int subjects, int seconds, int connections, int rate, int warmUp) throws Exception {
        try (BenchPlatform started = BenchPlatform.start(PORT, work, DATABASE, List.of())) {
            platform = started;
            String key = issueKey();
            long began = System.nanoTime();
            seed(key, subjects);
            System.out.printf(
                    Locale.ROOT,
                    "Recorded consent for %,d subjects in %.1f s%n",
                    subjects,
                    (System.nanoTime() - began) / 1e9);
            Path script = checkScript(key, subjects);
            // Warm-up, not measured: on two cores the JIT compilers take a minute or more of load before the
            // check reaches its full speed (from about 1,100 to 4,700 checks a second over the first two minutes).
            platform.load(connections, warmUp, script, "api/v1/consents/check");
            platform.load(connections, 15, null, "health/live");
            platform.load(connections, 15, null, STATIC_FILE);
            WrkResult check = platform.load(connections, seconds, script, "api/v1/consents/check");
            WrkResult trivial = platform.load(connections, seconds, null, "health/live");
            WrkResult file = platform.load(connections, seconds, null, STATIC_FILE);
            int known = subjects + subjects / 10;
            String authorization = "Bearer " + key;
            ConstantRateLoad.Result checkAtRate = ConstantRateLoad.run(
                    platform.base,
                    authorization,
                    rate,
                    OPEN_LOOP_WARM_UP,
                    seconds,
                    connections,
                    n -> checkPath(Math.floorMod(n, known)));
            ConstantRateLoad.Result trivialAtRate = ConstantRateLoad.run(
                    platform.base, null, rate, OPEN_LOOP_WARM_UP, seconds, connections, n -> "health/live");
            ConstantRateLoad.Result fileAtRate = ConstantRateLoad.run(
                    platform.base, null, rate, OPEN_LOOP_WARM_UP, seconds, connections, n -> STATIC_FILE);
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "==== Consent check benchmark (%d connections, %d s each, %,d subjects) ====%n",
                    connections,
                    seconds,
                    subjects);
            System.out.println("Capacity: wrk, closed loop, 2 threads, as fast as the server answers");
            System.out.println(check.line("consent check", TARGET_PER_SECOND, 0));
            System.out.println(trivial.line("/health/live", 0, 0));
            System.out.println(file.line("a static file", 0, 0));
            System.out.printf(
                    Locale.ROOT,
                    "Latency at %,d requests/s: open loop, each latency counted from when its request was due"
                            + " (after %d s not counted)%n",
                    rate,
                    OPEN_LOOP_WARM_UP);
            System.out.println(checkAtRate.line("consent check", rate >= TARGET_PER_SECOND ? TARGET_P99_MILLIS : 0));
            System.out.println(trivialAtRate.line("/health/live", 0));
            System.out.println(fileAtRate.line("a static file", 0));
        }
    }

    private String issueKey() throws Exception {
        HttpResponse<String> issued = platform.post(
                "api/v1/admin/api-clients",
                "{\"name\":\"bench-" + System.nanoTime() + "\",\"scopes\":[\"CHECK_CONSENT\",\"RECORD_CONSENT\"]}",
                BenchPlatform.basic());
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
        HttpResponse<String> recorded = platform.post("api/v1/consents", body, "Bearer " + key);
        if (recorded.statusCode() != 201) {
            throw new IllegalStateException("Recording consent failed: " + recorded.body());
        }
    }

    /** The check for subject number {@code n}; numbers beyond the seeded ones are people the platform never saw. */
    private static String checkPath(int n) {
        return CHECK_PREFIX + n + CHECK_SUFFIX;
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
                  return wrk.format("GET", "/%s" .. n .. "%s")
                end
                done = function(summary, latency, requests)
                  io.write(string.format("non-2xx: %%d\\n", summary.errors.status))
                end
                """
                        .formatted(key, subjects + subjects / 10, CHECK_PREFIX, CHECK_SUFFIX));
        return script;
    }
}

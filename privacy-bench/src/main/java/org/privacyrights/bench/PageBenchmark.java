package org.privacyrights.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pages rendered on the server under load: the portal's request form and information page, and, signed in as
 * staff, the request queue and a request's page, on a database holding thousands of requests. Each page is loaded
 * by 20 users twice: at saturation (each loads the next page the moment the last one arrived: the capacity, and
 * the latency of 20 requests always queued on two cores), then as people work (each reads a page for a second
 * before loading the next, still far busier than anyone reading a request), where the target applies: p95 under
 * 200 ms.
 */
public final class PageBenchmark {

    private static final String DATABASE = "privacy_page_bench";
    private static final int PORT = Integer.getInteger("bench.port", 18581);
    private static final double TARGET_P95_MILLIS = 200;
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private static final List<String> ONLY = Stream.of(
                    System.getProperty("bench.pages", "").split(","))
            .map(String::strip)
            .filter(word -> !word.isEmpty())
            .toList();

    /** Per page, before any is measured: on two cores the JIT compiles for minutes after the start. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up", 30);

    /** How long each user reads a page before loading the next, in the measurement the target applies to. */
    private static final int THINK_MILLIS = Integer.getInteger("bench.think-ms", 1000);

    /** Requests submitted through the API; more are copies made in SQL. */
    private static final int SUBMITTED = Integer.getInteger("bench.submitted", 500);

    private static final List<String> TYPES = List.of(
            "INFORMATION",
            "ACCESS",
            "RECTIFICATION",
            "ERASURE",
            "PORTABILITY",
            "OBJECTION",
            "RESTRICTION",
            "AUTOMATED_DECISION_REVIEW");
    private static final List<String> CHANNELS = List.of("PORTAL", "EMAIL", "STAFF", "API");
    /** The states of requests older than 45 days: closed, most of them completed. */
    private static final List<String> CLOSED = Stream.concat(
                    Collections.nCopies(17, "COMPLETED").stream(), Stream.of("REJECTED", "CANCELLED", "DUPLICATE"))
            .toList();
    /**
     * The states of recent ones: those a queue holds, but for in progress: such a request has tasks that the
     * workers would run (against no connected systems) while the pages are measured.
     */
    private static final List<String> RECENT = List.of(
            "RECEIVED",
            "IDENTITY_UNVERIFIED",
            "VERIFIED",
            "VERIFIED",
            "AWAITING_APPROVAL",
            "AWAITING_APPROVAL",
            "AWAITING_APPROVAL",
            "PAUSED",
            "ERROR",
            "COMPLETED",
            "COMPLETED",
            "COMPLETED");

    private final Path work = Path.of(System.getProperty("bench.work", "target/page-bench"));
    private BenchPlatform platform;

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 100_000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int users = Integer.getInteger("bench.users", 20);
        new PageBenchmark().run(requests, seconds, users);
        System.exit(0);
    }

    private void run(int requests, int seconds, int users) throws Exception {
        List<String> settings = List.of(
                // Thousands of submissions from one address: rate limits would refuse them, as they should.
                "privacy.rate.submissions-per-ip-per-hour=0",
                "privacy.rate.codes-per-address-per-hour=0",
                // Every staff session is the administrator's, signed in within seconds from one address: more
                // sign-ins than one person makes, which the sign-in throttle would pause.
                "privacy.auth.sign-in.limits-per-user=off",
                "privacy.auth.sign-in.limits-per-ip=off",
                // Codes to thousands of made-up addresses would be retried against an absent mail server.
                "privacy.outbox.poll-seconds=3600");
        try (BenchPlatform started = BenchPlatform.start(PORT, work, DATABASE, settings)) {
            platform = started;
            long began = System.nanoTime();
            int submitted = Math.min(requests, SUBMITTED);
            String oneRequest = seed(submitted);
            System.out.printf(
                    Locale.ROOT, "Submitted %,d requests in %.1f s%n", submitted, (System.nanoTime() - began) / 1e9);
            if (requests > submitted) {
                began = System.nanoTime();
                copyRequests(requests - submitted);
                System.out.printf(
                        Locale.ROOT,
                        "Copied them to %,d requests in %.1f s%n",
                        requests,
                        (System.nanoTime() - began) / 1e9);
            }
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                sessions.add(staffSession());
            }
            List<Page> pages = Stream.of(
                            new Page("portal request form", "index.xhtml", List.of()),
                            new Page("portal information", "about.xhtml", List.of()),
                            // Each staff user signed in on their own: one wrk thread per session.
                            new Page("staff request queue", "staff/requests.xhtml", sessions),
                            new Page("staff request page", "staff/request.xhtml?id=" + oneRequest, sessions))
                    // -Dbench.pages=queue,portal measures only the pages whose names hold one of the words.
                    .filter(page -> ONLY.isEmpty() || ONLY.stream().anyMatch(page.name()::contains))
                    .toList();
            for (Page page : pages) {
                // Warm-up: the JIT, the pools, the Facelets cache; not measured.
                load(page, users, WARM_UP_SECONDS, 0);
            }
            List<String> saturated = new ArrayList<>();
            List<String> working = new ArrayList<>();
            for (Page page : pages) {
                saturated.add(load(page, users, seconds, 0).pageLine(page.name(), 0));
                working.add(load(page, users, seconds, THINK_MILLIS).pageLine(page.name(), TARGET_P95_MILLIS));
            }
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "==== Page benchmark (%d users, %d s per page and way, %,d requests stored) ====%n",
                    users,
                    seconds,
                    requests);
            System.out.printf(Locale.ROOT, "-- saturated: each user loads the next page as soon as one arrives --%n");
            saturated.forEach(System.out::println);
            System.out.printf(
                    Locale.ROOT,
                    "-- working: each user reads a page for %d ms, then loads the next --%n",
                    THINK_MILLIS);
            working.forEach(System.out::println);
        }
    }

    /** A page to measure, and the staff sessions to load it with (none for the portal's pages). */
    private record Page(String name, String path, List<String> sessions) {}

    private WrkResult load(Page page, int users, int seconds, int thinkMillis) throws Exception {
        Path script = script(page.sessions().isEmpty() ? "anonymous" : "staff", page.sessions(), thinkMillis);
        return platform.load(page.sessions().isEmpty() ? 2 : users, users, seconds, script, page.path());
    }

    /** Submits requests through the API (they wait for their codes, as most new ones do); returns one's id. */
    private String seed(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = "{\"type\":\"" + (i % 3 == 0 ? "ERASURE" : "ACCESS") + "\",\"email\":\"person" + i
                        + "@bench.example.org\",\"details\":\"Submitted by the benchmark\"}";
                ids.add(pool.submit(() -> {
                    HttpResponse<String> submitted = platform.post("api/v1/requests", body, BenchPlatform.basic());
                    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(submitted.body());
                    if (submitted.statusCode() != 202 || !id.find()) {
                        throw new IllegalStateException("Submitting failed: " + submitted.body());
                    }
                    return id.group(1);
                }));
            }
            String last = null;
            for (Future<String> id : ids) {
                last = id.get();
            }
            return last;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Adds {@code count} requests in SQL, copies of the submitted ones, as a queue looks after a year or so: spread
     * over every right and channel, received over the last 400 days, a third of them assigned; those older than 45
     * days closed, the recent ones in every state. What the deadline watch would have done as they aged (reminders,
     * overdue flags) is recorded as done, or the benchmark would measure the watch catching up on a year at once.
     * Submitting 100,000 through the API would take hours, and the queue reads only this table.
     */
    private void copyRequests(int count) throws Exception {
        try (Connection db = DriverManager.getConnection(BenchPlatform.POSTGRES + DATABASE, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate(
                    """
                    INSERT INTO privacy_request (id, public_id, subject_id, request_type, channel, status,
                        contact_email, details, language, received_at, received_on, nominal_due_date, due_date,
                        assignee, closed_at, updated_at, version)
                    SELECT top.id + g, gen_random_uuid()::text, s.subject_id,
                        (ARRAY[%s])[1 + g %% %d], (ARRAY[%s])[1 + (g / 8) %% %d],
                        CASE WHEN a.age > 45 THEN (ARRAY[%s])[1 + (g * 7) %% %d]
                            ELSE (ARRAY[%s])[1 + (g * 7) %% %d] END,
                        s.contact_email, s.details, s.language, r.at, r.at::date, r.at::date + 30, r.at::date + 30,
                        CASE WHEN g %% 3 = 0 THEN 'agent' || (g %% 7) END, NULL, r.at, 0
                    FROM generate_series(1, %d) AS g
                    CROSS JOIN (SELECT max(id) AS id, count(*) AS n FROM privacy_request) AS top
                    JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS rn, * FROM privacy_request) AS s
                        ON s.rn = g %% top.n
                    CROSS JOIN LATERAL (SELECT (g * 37) %% 400 AS age) AS a
                    CROSS JOIN LATERAL (SELECT now() - a.age * interval '1 day' - (g %% 1440) * interval '1 minute'
                        AS at) AS r
                    """
                            .formatted(
                                    sqlArray(TYPES),
                                    TYPES.size(),
                                    sqlArray(CHANNELS),
                                    CHANNELS.size(),
                                    sqlArray(CLOSED),
                                    CLOSED.size(),
                                    sqlArray(RECENT),
                                    RECENT.size(),
                                    count));
            sql.executeUpdate("UPDATE privacy_request SET closed_at = updated_at + interval '9 days', is_open = FALSE"
                    + " WHERE status IN ('COMPLETED', 'REJECTED', 'CANCELLED', 'DUPLICATE')");
            sql.executeUpdate("UPDATE privacy_request SET reminded_at = now(),"
                    + " overdue_flagged_at = CASE WHEN due_date < current_date THEN now() END"
                    + " WHERE closed_at IS NULL AND due_date <= current_date + 7 AND reminded_at IS NULL");
            sql.execute("SELECT setval('privacy_request_seq', (SELECT max(id) + 1000 FROM privacy_request))");
            sql.execute("VACUUM ANALYZE privacy_request");
        }
    }

    private static String sqlArray(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    /** Signs in on the login page as a browser does, and returns the session cookie. */
    private String staffSession() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = URI.create(platform.base + "staff/login.xhtml");
        String page = browser.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher state = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("The login page has no view state or nonce:\n" + page);
        }
        String form = String.join(
                "&",
                field("login", "login"),
                field("login:username", "admin"),
                field("login:password", BenchPlatform.ADMIN_PASSWORD),
                field("login:signIn", ""),
                field("jakarta.faces.ViewState", state.group(1)),
                field("primefaces.nonce", nonce.group(1)));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Signing in failed (" + signedIn.statusCode() + ")");
        }
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie after signing in"));
        return session.getName() + "=" + session.getValue();
    }

    /**
     * Counts answers that are not 2xx (a redirect to the login page would be one) and prints p95; with sessions,
     * each wrk thread sends its own session cookie; with a think time, each connection waits that long after an
     * answer before it asks for the next page (wrk's latency counts from the request, not the wait).
     */
    private Path script(String name, List<String> sessions, int thinkMillis) throws Exception {
        Path script = work.resolve(name + "-" + thinkMillis + ".lua");
        String cookies = sessions.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(", "));
        Files.writeString(
                script,
                """
                local sessions = {%s}
                local next_session = 1
                setup = function(thread)
                  thread:set("cookie", sessions[next_session])
                  next_session = next_session + 1
                end
                init = function(args)
                  wrk.headers["Accept-Language"] = "en"
                  if cookie then wrk.headers["Cookie"] = cookie end
                end
                delay = function()
                  return %d
                end
                done = function(summary, latency, requests)
                  io.write(string.format("non-2xx: %%d\\n", summary.errors.status))
                  io.write(string.format("p95: %%.2fms\\n", latency:percentile(95) / 1000))
                end
                """
                        .formatted(cookies, thinkMillis));
        return script;
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.privacyrights.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestServices;

/**
 * The whole pipeline of an access request, from submission to the mail with the download link, on the reference
 * backends (Dovecot and the PostgreSQL help desk of the test services) and the platform on Payara Micro with
 * PostgreSQL and its production poll intervals. Every stage is timed from the request's own records (its receipt,
 * the outbox's sent times, the audit trail's task starts and ends and the archive), so the figures are what staff
 * see in a request's history. For each size: ten requests one after another, then ten approved at once.
 */
public final class PipelineBenchmark {

    private static final int SMTP_PORT = Integer.getInteger("bench.smtp-port", 3027);
    private static final int REQUESTS = Integer.getInteger("bench.pipeline-requests", 10);
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** A size of person: their own mails (a colleague holds as many, some naming them) and help-desk tickets. */
    record Size(String name, int mails, int tickets) {}

    public static void main(String[] args) throws Exception {
        List<Size> sizes = sizes(System.getProperty("bench.pipeline-sizes", "demo:12:3,200:200:50,5000:5000:500"));
        Path work = Path.of(System.getProperty("bench.work"));
        Path config = Path.of(System.getProperty("privacy.config.dir", "../config"));
        List<String> report = new ArrayList<>();
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<MailFixture> mailStores = new ArrayList<>();
        try (HelpdeskFixture helpdesk =
                new HelpdeskFixture(HelpdeskFixture.Database.POSTGRESQL).create(config, 1_000, 2)) {
            Map<Size, List<String>> subjects = new LinkedHashMap<>();
            long seedId = 50_000_000L;
            for (Size size : sizes) {
                long started = System.nanoTime();
                List<String> people = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    MailFixture store = new MailFixture().create(1, size.mails(), 5);
                    mailStores.add(store);
                    seedId = seedTickets(helpdesk, store.subject, size.tickets(), seedId);
                    people.add(store.subject);
                }
                subjects.put(size, people);
                System.out.printf(
                        Locale.ROOT,
                        "Seeded %d people of size %s (%d own mails, %d tickets each) in %.1f s%n",
                        REQUESTS,
                        size.name(),
                        size.mails(),
                        size.tickets(),
                        (System.nanoTime() - started) / 1e9);
            }
            try (BenchPlatform platform = BenchPlatform.start(
                    Integer.getInteger("bench.port", 8093),
                    work,
                    "privacy_pipeline_bench",
                    settings(helpdesk, config, work))) {
                Pipeline pipeline = new Pipeline(platform, smtp);
                // The first request after a start loads classes and fills caches: one person of the smallest
                // size goes through once before anything is measured.
                List<String> first = subjects.values().iterator().next();
                pipeline.run(List.of(first.get(0)), false);
                for (Map.Entry<Size, List<String>> entry : subjects.entrySet()) {
                    Size size = entry.getKey();
                    List<String> people = entry.getValue();
                    List<Stages> oneByOne = new ArrayList<>();
                    for (String person : people) {
                        oneByOne.addAll(pipeline.run(List.of(person), false));
                    }
                    report.addAll(table(size, "one at a time", oneByOne));
                    report.addAll(table(size, REQUESTS + " approved at once", pipeline.run(people, true)));
                }
            }
        } finally {
            smtp.stop();
            for (MailFixture store : mailStores) {
                store.drop();
            }
        }
        System.out.println();
        System.out.println("==== Pipeline benchmark: access requests, p50 / max in seconds ====");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static List<Size> sizes(String spec) {
        List<Size> sizes = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] fields = part.trim().split(":");
            sizes.add(new Size(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2])));
        }
        return sizes;
    }

    private static List<String> settings(HelpdeskFixture helpdesk, Path config, Path work) {
        return List.of(
                "privacy.connected-systems=mail, helpdesk",
                "privacy.mail.host=" + TestServices.IMAP_HOST,
                "privacy.mail.port=" + TestServices.IMAP_PORT,
                "privacy.mail.user=" + TestServices.MASTER_USER,
                "privacy.mail.password=" + TestServices.MASTER_PASSWORD,
                "privacy.mail.search-matches-whole-addresses=true",
                "privacy.mail.directory.url=" + TestServices.MAIL_DATABASE_URL,
                "privacy.mail.directory.user=" + TestServices.POSTGRES_USER,
                "privacy.mail.directory.password=unused-with-trust-auth",
                "privacy.helpdesk.jdbc-url=" + helpdesk.jdbcUrl(),
                "privacy.helpdesk.user=" + helpdesk.user(),
                "privacy.helpdesk.password=unused-with-trust-auth",
                "privacy.helpdesk.data-map=" + config.toAbsolutePath().resolve("helpdesk/datamap.json"),
                "privacy.smtp.host=127.0.0.1",
                "privacy.smtp.port=" + SMTP_PORT,
                "privacy.export.dir=" + work.toAbsolutePath().resolve("exports"),
                // One address submits every request; the limits per address are not what is measured.
                "privacy.rate.submissions-per-ip-per-hour=0",
                "privacy.rate.verifications-per-ip-per-hour=0");
    }

    /** Gives {@code email} a help-desk account with {@code tickets} tickets of two messages each. */
    private static long seedTickets(HelpdeskFixture helpdesk, String email, int tickets, long nextId) throws Exception {
        try (Connection db = helpdesk.connect();
                PreparedStatement user = db.prepareStatement("INSERT INTO portal_user VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ticket = db.prepareStatement("INSERT INTO ticket VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement message = db.prepareStatement("INSERT INTO ticket_message VALUES (?, ?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            Timestamp at = Timestamp.from(Instant.parse("2026-03-01T09:00:00Z"));
            long userId = nextId++;
            user.setLong(1, userId);
            user.setString(2, email);
            user.setString(3, "P-" + userId);
            user.setString(4, "Person " + userId);
            user.setString(5, "+44 20 7946 0000");
            user.setBoolean(6, true);
            user.setTimestamp(7, at);
            user.executeUpdate();
            for (int t = 0; t < tickets; t++) {
                long ticketId = nextId++;
                ticket.setLong(1, ticketId);
                ticket.setLong(2, userId);
                ticket.setLong(3, 1);
                ticket.setString(4, "Order question " + t);
                ticket.setString(5, "CLOSED");
                ticket.setTimestamp(6, at);
                ticket.addBatch();
                for (String author : List.of("CUSTOMER", "AGENT")) {
                    message.setLong(1, nextId++);
                    message.setLong(2, ticketId);
                    message.setString(3, author);
                    message.setString(4, "About my order " + t + ": " + "the parcel arrived late. ".repeat(8));
                    message.setTimestamp(5, at);
                    message.addBatch();
                }
            }
            ticket.executeBatch();
            message.executeBatch();
            db.commit();
        }
        return nextId;
    }

    /** Submits, proves and approves requests through the API, and reads their stages from the platform's records. */
    static final class Pipeline {

        private final BenchPlatform platform;
        private final GreenMail smtp;

        Pipeline(BenchPlatform platform, GreenMail smtp) {
            this.platform = platform;
            this.smtp = smtp;
        }

        /** Takes each person's access request to its download mail; {@code atOnce} approves them all together. */
        List<Stages> run(List<String> people, boolean atOnce) throws Exception {
            List<String> ids = new ArrayList<>();
            List<Integer> linksBefore = new ArrayList<>();
            for (String person : people) {
                linksBefore.add(downloadMails(person));
                ids.add(submitAndProve(person));
            }
            if (atOnce) {
                ExecutorService approvers = Executors.newFixedThreadPool(ids.size());
                try {
                    List<Future<?>> approvals = new ArrayList<>();
                    for (String id : ids) {
                        approvals.add(approvers.submit(() -> approve(id)));
                    }
                    for (Future<?> approval : approvals) {
                        approval.get();
                    }
                } finally {
                    approvers.shutdown();
                }
            } else {
                for (String id : ids) {
                    approve(id);
                }
            }
            List<Stages> stages = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                awaitDownloadMail(people.get(i), linksBefore.get(i), Duration.ofMinutes(10));
                stages.add(Stages.read(ids.get(i)));
            }
            return stages;
        }

        private String submitAndProve(String person) throws Exception {
            int before = mailsTo(person).size();
            var submitted = platform.post(
                    "api/v1/requests",
                    "{\"type\":\"ACCESS\",\"email\":\"" + person + "\",\"details\":\"a copy of everything\"}",
                    "");
            Matcher id = ID.matcher(submitted.body());
            if (submitted.statusCode() != 202 || !id.find()) {
                throw new IllegalStateException(
                        "Submission refused: " + submitted.statusCode() + " " + submitted.body());
            }
            String body = awaitNewMail(person, before, Duration.ofMinutes(2));
            Matcher code = CODE.matcher(body);
            if (!code.find()) {
                throw new IllegalStateException("No code in the mail to " + person);
            }
            var verified = platform.post(
                    "api/v1/requests/" + id.group(1) + "/verify", "{\"code\":\"" + code.group(1) + "\"}", "");
            if (verified.statusCode() != 200) {
                throw new IllegalStateException("Code refused: " + verified.statusCode() + " " + verified.body());
            }
            return id.group(1);
        }

        private Void approve(String id) throws Exception {
            var approved = platform.post("api/v1/admin/requests/" + id + "/approve", "{}", BenchPlatform.basic());
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("Approval refused: " + approved.statusCode() + " " + approved.body());
            }
            return null;
        }

        private String awaitNewMail(String person, int seen, Duration timeout) throws Exception {
            Instant until = Instant.now().plus(timeout);
            while (Instant.now().isBefore(until)) {
                List<MimeMessage> mails = mailsTo(person);
                if (mails.size() > seen) {
                    return text(mails.get(mails.size() - 1));
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("No mail reached " + person + " within " + timeout);
        }

        /** Waits for a download mail beyond the {@code seen} the person already had from earlier requests. */
        private void awaitDownloadMail(String person, int seen, Duration timeout) throws Exception {
            Instant until = Instant.now().plus(timeout);
            while (Instant.now().isBefore(until)) {
                if (downloadMails(person) > seen) {
                    return;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("No download mail reached " + person + " within " + timeout);
        }

        private int downloadMails(String person) throws Exception {
            int found = 0;
            for (MimeMessage mail : mailsTo(person)) {
                if (text(mail).contains("/download.xhtml?token=")) {
                    found++;
                }
            }
            return found;
        }

        private List<MimeMessage> mailsTo(String person) throws Exception {
            List<MimeMessage> mails = new ArrayList<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                for (var recipient : mail.getRecipients(Message.RecipientType.TO)) {
                    if (((InternetAddress) recipient).getAddress().equalsIgnoreCase(person)) {
                        mails.add(mail);
                    }
                }
            }
            return mails;
        }

        private static String text(MimeMessage mail) throws Exception {
            Object content = mail.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        }
    }

    /** One request's stages, from its receipt, outbox and audit records. */
    record Stages(
            Instant received,
            Instant codeSent,
            Instant approved,
            Map<String, Instant[]> systems,
            Instant archived,
            Instant linkSent) {

        static Stages read(String requestId) throws Exception {
            try (Connection db =
                    DriverManager.getConnection(BenchPlatform.POSTGRES + "privacy_pipeline_bench", "postgres", "")) {
                Instant received = single(db, "SELECT received_at FROM privacy_request WHERE public_id = ?", requestId);
                Instant codeSent = single(
                        db,
                        "SELECT MIN(sent_at) FROM outbox_mail WHERE request_id = ? AND template = 'verification-code'",
                        requestId);
                Instant approved = single(
                        db,
                        "SELECT MIN(occurred_at) FROM audit_event WHERE request_id = ? AND action = 'TASKS_PLANNED'",
                        requestId);
                Instant archived = single(
                        db,
                        "SELECT MIN(occurred_at) FROM audit_event WHERE request_id = ? AND action = 'EXPORT_CREATED'",
                        requestId);
                Instant linkSent = single(
                        db,
                        "SELECT MIN(sent_at) FROM outbox_mail WHERE request_id = ? AND template = 'export-ready'",
                        requestId);
                Map<String, Instant[]> systems = new TreeMap<>();
                try (PreparedStatement sql = db.prepareStatement(
                        "SELECT system_name, action, occurred_at FROM audit_event WHERE request_id = ?"
                                + " AND action IN ('SYSTEM_STARTED', 'SYSTEM_DONE') ORDER BY seq")) {
                    sql.setString(1, requestId);
                    try (ResultSet rows = sql.executeQuery()) {
                        while (rows.next()) {
                            Instant[] span = systems.computeIfAbsent(rows.getString(1), s -> new Instant[2]);
                            Instant at = rows.getObject(3, OffsetDateTime.class).toInstant();
                            // The last start counts: a retried system's work is its successful attempt.
                            span["SYSTEM_STARTED".equals(rows.getString(2)) ? 0 : 1] = at;
                        }
                    }
                }
                return new Stages(received, codeSent, approved, systems, archived, linkSent);
            }
        }

        private static Instant single(Connection db, String query, String requestId) throws Exception {
            try (PreparedStatement sql = db.prepareStatement(query)) {
                sql.setString(1, requestId);
                try (ResultSet row = sql.executeQuery()) {
                    OffsetDateTime at = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
                    return at == null ? null : at.toInstant();
                }
            }
        }

        double submissionToCode() {
            return seconds(received, codeSent);
        }

        double approvalToFirstStart() {
            return seconds(
                    approved,
                    systems.values().stream()
                            .map(span -> span[0])
                            .filter(java.util.Objects::nonNull)
                            .min(Comparator.naturalOrder())
                            .orElse(null));
        }

        double work(String system) {
            Instant[] span = systems.get(system);
            return span == null ? Double.NaN : seconds(span[0], span[1]);
        }

        double lastSystemToArchive() {
            return seconds(lastDone(), archived);
        }

        double archiveToMail() {
            return seconds(archived, linkSent);
        }

        double approvalToMail() {
            return seconds(approved, linkSent);
        }

        /** Everything but the connectors' own work: approval to mail less the time any system was working. */
        double overhead() {
            List<Instant[]> spans = systems.values().stream()
                    .filter(span -> span[0] != null && span[1] != null)
                    .sorted(Comparator.comparing(span -> span[0]))
                    .toList();
            double working = 0;
            Instant coveredUntil = Instant.MIN;
            for (Instant[] span : spans) {
                Instant from = span[0].isAfter(coveredUntil) ? span[0] : coveredUntil;
                if (span[1].isAfter(from)) {
                    working += seconds(from, span[1]);
                    coveredUntil = span[1];
                }
            }
            return approvalToMail() - working;
        }

        private Instant lastDone() {
            return systems.values().stream()
                    .map(span -> span[1])
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
        }

        private static double seconds(Instant from, Instant to) {
            return from == null || to == null
                    ? Double.NaN
                    : Duration.between(from, to).toNanos() / 1e9;
        }
    }

    private static List<String> table(Size size, String how, List<Stages> runs) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%s (%d own mails, %d tickets), %s, %d requests:",
                size.name(),
                size.mails(),
                size.tickets(),
                how,
                runs.size()));
        Map<String, java.util.function.ToDoubleFunction<Stages>> stages = new LinkedHashMap<>();
        stages.put("submission to code mail", Stages::submissionToCode);
        stages.put("approval to first task start", Stages::approvalToFirstStart);
        stages.put("mail system's work (connector)", s -> s.work("mail"));
        stages.put("help desk's work (connector)", s -> s.work("helpdesk"));
        stages.put("last system done to archive", Stages::lastSystemToArchive);
        stages.put("archive to download mail sent", Stages::archiveToMail);
        stages.put("approval to download mail sent", Stages::approvalToMail);
        stages.put("pipeline overhead (all but connectors)", Stages::overhead);
        stages.forEach((name, stage) -> {
            double[] values = runs.stream()
                    .mapToDouble(stage)
                    .filter(v -> !Double.isNaN(v))
                    .sorted()
                    .toArray();
            lines.add(
                    values.length == 0
                            ? String.format(Locale.ROOT, "  %-40s      -", name)
                            : String.format(
                                    Locale.ROOT,
                                    "  %-40s %6.2f / %6.2f",
                                    name,
                                    values[(values.length - 1) / 2],
                                    values[values.length - 1]));
        });
        return lines;
    }
}

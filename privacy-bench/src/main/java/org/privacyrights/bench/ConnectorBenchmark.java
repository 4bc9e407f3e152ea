package org.privacyrights.bench;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.privacyrights.connectors.adapter.helpdesk.HelpdeskBench;
import org.privacyrights.connectors.adapter.mail.MailBench;
import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.connectors.api.mail.MailConnection;

/**
 * Connector against floor, side by side in one run, on stores this benchmark generates: discovery and export in a
 * real Dovecot against plain Jakarta Mail loops over the same folders; help-desk discovery and erasure against the
 * hand-written SQL that does the same. Prints medians, ratios and the heap an export needed.
 */
public final class ConnectorBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    public static void main(String[] args) throws Exception {
        List<String> report = new ArrayList<>();
        mail(report);
        helpdesk(report);
        System.out.println();
        System.out.println("==== Connector benchmark (median of " + ROUNDS + " rounds) ====");
        report.forEach(System.out::println);
        // Jakarta Mail's event dispatchers are not daemon threads; the measurement is over.
        System.exit(0);
    }

    private static void mail(List<String> report) throws Exception {
        int mailboxes = Integer.getInteger("bench.mailboxes", 50);
        int messages = Integer.getInteger("bench.messages", 2000);
        long started = System.nanoTime();
        int spread = Integer.getInteger("bench.mention-spread", 5);
        boolean fullTextIndex = Boolean.getBoolean("bench.full-text-index");
        MailFixture fixture = new MailFixture();
        if (fullTextIndex) {
            fixture.onFullTextIndex();
        }
        fixture.create(mailboxes - 1, messages, spread);
        System.out.printf(
                Locale.ROOT,
                "Generated %d mailboxes x %d messages in %.1f s; in others' mailboxes %d%% of the messages name the"
                        + " subject and %d%% name a look-alike address%n",
                mailboxes,
                messages,
                seconds(started),
                40 / spread,
                50 / spread);
        try {
            SubjectQuery subject = SubjectQuery.byEmail(fixture.subject);
            List<String> boxes = new ArrayList<>(fixture.colleagues);
            boxes.add(fixture.subject);
            try (TestBootstrapContext container = new TestBootstrapContext();
                    MailConnection mail = MailBench.connect(fixture.domain, container, fixture.port)) {
                double connector = median(() -> mail.discover(subject));
                double floor = median(() -> floorSearch(boxes, subject, false, fixture.port));
                report.add(String.format(
                        Locale.ROOT,
                        "mail store: %d mailboxes x %d messages; %d%% of others' messages name the subject, %d%%"
                                + " a look-alike (-Dbench.mention-spread=%d); full-text index: %s",
                        mailboxes,
                        messages,
                        40 / spread,
                        50 / spread,
                        spread,
                        fullTextIndex));
                report.add(line("mail discovery", connector, floor, 1.25));
                CountingSink sink = new CountingSink();
                long[] peak = new long[1];
                double exportConnector =
                        median(() -> peak[0] = Math.max(peak[0], peakHeapDuring(() -> mail.export(subject, sink))));
                double exportFloor = median(() -> floorSearch(boxes, subject, true, fixture.port));
                report.add(line("mail export", exportConnector, exportFloor, 1.25));
                report.add(String.format(
                        Locale.ROOT,
                        "  export wrote %,d bytes per round in a %,d MiB heap; heap use grew by at most %,d KiB (garbage included)",
                        sink.bytes.get() / (ROUNDS + 1),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        peak[0] / 1024));
            }
        } finally {
            fixture.drop();
        }
    }

    private static void helpdesk(List<String> report) throws Exception {
        int users = Integer.getInteger("bench.users", 10_000);
        int tickets = Integer.getInteger("bench.tickets", 10);
        long started = System.nanoTime();
        Path config = Path.of(System.getProperty("privacy.config.dir", "config"));
        try (HelpdeskFixture fixture =
                new HelpdeskFixture(HelpdeskFixture.Database.POSTGRESQL).create(config, users, tickets)) {
            System.out.printf(
                    Locale.ROOT,
                    "Generated a help desk with %,d users and %,d tickets in %.1f s%n",
                    users,
                    (long) users * tickets,
                    seconds(started));
            SubjectQuery subject = SubjectQuery.byEmail(HelpdeskFixture.SUBJECT_EMAIL);
            try (HelpdeskConnection helpdesk = HelpdeskBench.connect(fixture, config);
                    Connection db = fixture.connect()) {
                double connector = median(() -> helpdesk.discover(subject));
                double floor = median(() -> floorHelpdeskDiscovery(db, HelpdeskFixture.SUBJECT_EMAIL));
                report.add(line("help-desk discovery", connector, floor, 1.25));
                // Users with the same shape (tickets, chat, comment): every 35th; half for each side.
                int[] next = {35};
                double erase = median(() -> helpdesk.erase(
                        SubjectQuery.byEmail("user" + takeUser(next) + "@example.net"), ErasurePolicy.eraseAll()));
                double eraseFloor = median(() -> floorHelpdeskErasure(db, "user" + takeUser(next) + "@example.net"));
                report.add(line("help-desk erasure", erase, eraseFloor, 1.5));
            }
        }
    }

    private static int takeUser(int[] next) {
        int user = next[0];
        next[0] += 35;
        return user;
    }

    /**
     * The floor for discovery and export: Jakarta Mail, every folder, the server's plain SEARCH over FROM, TO, CC, BCC,
     * Reply-To and TEXT for the address, nothing else (no verification: look-alikes count).
     */
    private static long floorSearch(List<String> mailboxes, SubjectQuery subject, boolean fetchBodies, int port)
            throws Exception {
        Session session = Session.getInstance(new Properties());
        long found = 0;
        OutputStream sink = OutputStream.nullOutputStream();
        for (String mailbox : mailboxes) {
            Store store = session.getStore("imap");
            store.connect(
                    TestServices.IMAP_HOST,
                    port,
                    mailbox + "*" + TestServices.MASTER_USER,
                    TestServices.MASTER_PASSWORD);
            try {
                boolean own = subject.emailAddresses().contains(mailbox);
                for (Folder folder : store.getDefaultFolder().list("*")) {
                    if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
                        continue;
                    }
                    folder.open(Folder.READ_ONLY);
                    Message[] messages = own ? folder.getMessages() : MailBench.floor(folder, subject);
                    FetchProfile uid = new FetchProfile();
                    uid.add(UIDFolder.FetchProfileItem.UID);
                    folder.fetch(messages, uid);
                    if (fetchBodies) {
                        for (Message message : messages) {
                            message.writeTo(sink);
                        }
                    }
                    found += messages.length;
                    folder.close(false);
                }
            } finally {
                store.close();
            }
        }
        return found;
    }

    private static long floorHelpdeskDiscovery(Connection db, String email) throws Exception {
        String[] queries = {
            "SELECT id FROM portal_user WHERE lower(email) = ?",
            "SELECT t.id FROM ticket t JOIN portal_user u ON t.user_id = u.id WHERE lower(u.email) = ?",
            "SELECT m.id FROM ticket_message m JOIN ticket t ON m.ticket_id = t.id JOIN portal_user u ON t.user_id = u.id"
                    + " WHERE lower(u.email) = ?",
            "SELECT a.id FROM attachment a JOIN ticket_message m ON a.message_id = m.id JOIN ticket t ON m.ticket_id = t.id"
                    + " JOIN portal_user u ON t.user_id = u.id WHERE lower(u.email) = ?",
            "SELECT c.id FROM live_chat c LEFT JOIN portal_user u ON c.user_id = u.id"
                    + " WHERE lower(u.email) = ? OR lower(c.visitor_email) = ?",
            "SELECT cm.id FROM chat_message cm JOIN live_chat c ON cm.chat_id = c.id LEFT JOIN portal_user u ON c.user_id = u.id"
                    + " WHERE lower(u.email) = ? OR lower(c.visitor_email) = ?",
            "SELECT k.id FROM kb_comment k JOIN portal_user u ON k.author_id = u.id WHERE lower(u.email) = ?"
        };
        long rows = 0;
        for (String sql : queries) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                    statement.setString(i, email);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static long floorHelpdeskErasure(Connection db, String email) throws Exception {
        db.setAutoCommit(false);
        long id;
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM portal_user WHERE lower(email) = ?")) {
            find.setString(1, email);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        String[] statements = {
            "DELETE FROM attachment WHERE message_id IN (SELECT m.id FROM ticket_message m JOIN ticket t ON m.ticket_id = t.id WHERE t.user_id = ?)",
            "DELETE FROM ticket_message WHERE ticket_id IN (SELECT id FROM ticket WHERE user_id = ?)",
            "DELETE FROM ticket WHERE user_id = ?",
            "DELETE FROM chat_message WHERE chat_id IN (SELECT id FROM live_chat WHERE user_id = ?)",
            "DELETE FROM live_chat WHERE user_id = ?",
            "UPDATE kb_comment SET author_name = '[erased]', author_id = NULL WHERE author_id = ?",
            "UPDATE portal_user SET email = md5(email), customer_number = NULL, display_name = '[erased]', phone = NULL WHERE id = ?"
        };
        for (String sql : statements) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
        db.commit();
        db.setAutoCommit(true);
        return id;
    }

    private static long peakHeapDuring(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return peak.get() - before;
    }

    private static double median(Work work) throws Exception {
        work.run();
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }

    private static String line(String what, double connector, double floor, double target) {
        double ratio = connector / floor;
        return String.format(
                Locale.ROOT,
                "%-20s connector %9.1f ms   floor %9.1f ms   ratio %5.2f (target <= %.2f) %s",
                what,
                connector,
                floor,
                ratio,
                target,
                ratio <= target ? "OK" : "OVER");
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    /** Counts what an export writes and throws it away. */
    private static final class CountingSink implements ExportSink {

        final AtomicLong bytes = new AtomicLong();

        @Override
        public OutputStream open(String path, String mediaType) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.incrementAndGet();
                }

                @Override
                public void write(byte[] buffer, int offset, int length) {
                    bytes.addAndGet(length);
                }
            };
        }
    }
}

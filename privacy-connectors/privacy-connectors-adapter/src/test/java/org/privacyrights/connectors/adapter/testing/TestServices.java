package org.privacyrights.connectors.adapter.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where the services that config/test-services/start.sh started listen, and how to stop and start them. */
public final class TestServices {

    public static final String IMAP_HOST = "127.0.0.1";
    public static final int IMAP_PORT = Integer.getInteger("privacy.test.imap.port", 10143);
    /** The second Dovecot: a full-text index (fts-xapian) and ACLs. */
    public static final int IMAP_FTS_PORT = Integer.getInteger("privacy.test.imap-fts.port", 10144);

    public static final String MASTER_USER = "privacy-admin";
    public static final String MASTER_PASSWORD = "test-master-password";
    public static final String MAIL_DATABASE_URL =
            System.getProperty("privacy.test.maildb.url", "jdbc:postgresql://127.0.0.1:5432/privacy_mailsystem");
    public static final String POSTGRES_USER = System.getProperty("privacy.test.postgres.user", "postgres");
    public static final Path DOVECOT_DIR =
            Path.of(System.getProperty("privacy.test.services.dir", "/tmp/privacy-test-services"), "dovecot");

    public static final Path DOVECOT_FTS_DIR =
            Path.of(System.getProperty("privacy.test.services.dir", "/tmp/privacy-test-services"), "dovecot-fts");

    private TestServices() {}

    public static Path dovecotLog() {
        return DOVECOT_DIR.resolve("dovecot.log");
    }

    /** Stops Dovecot as a crash would: its master process is killed. */
    public static void killDovecot() throws IOException, InterruptedException {
        Path pidFile = DOVECOT_DIR.resolve("run/master.pid");
        String pid = Files.readString(pidFile).trim();
        run(List.of("kill", "-9", pid));
        // Its children carry the instance name in their titles: kill them too, so that the port is free.
        run(List.of("pkill", "-9", "-f", "privacy-test-dovecot/"));
        for (int i = 0; i < 100 && (portOpen() || Files.exists(Path.of("/proc", pid))); i++) {
            Thread.sleep(100);
        }
        Files.deleteIfExists(pidFile);
    }

    public static void startDovecot() throws IOException, InterruptedException {
        String dovecot = Files.exists(Path.of("/usr/sbin/dovecot")) ? "/usr/sbin/dovecot" : "dovecot";
        run(List.of(dovecot, "-c", DOVECOT_DIR.resolve("dovecot.conf").toString()));
        for (int i = 0; i < 100 && !portOpen(); i++) {
            Thread.sleep(100);
        }
        if (!portOpen()) {
            throw new IOException("Dovecot did not start: " + Files.readString(DOVECOT_DIR.resolve("control.log")));
        }
    }

    private static boolean portOpen() {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(IMAP_HOST, IMAP_PORT), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Output goes to a file: a daemon's children would keep a pipe open long after the command has returned. */
    private static void run(List<String> command) throws IOException, InterruptedException {
        File log = DOVECOT_DIR.resolve("control.log").toFile();
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .redirectError(ProcessBuilder.Redirect.appendTo(log))
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish");
        }
    }
}

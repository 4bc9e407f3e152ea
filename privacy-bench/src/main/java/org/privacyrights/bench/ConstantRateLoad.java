package org.privacyrights.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * An open-loop load: requests start on a fixed schedule whatever the server does, and each latency is counted from
 * the moment its request was due, not from when a busy connection got round to sending it (the correction wrk2
 * makes for "coordinated omission"). This answers "how slow is the p99 at this rate", which a closed loop at full
 * speed cannot: there, latency is mostly queueing behind the load generator's own connections. The first seconds are
 * sent but not counted (wrk2's calibration): the connections are new, and so is the load generator's own code.
 */
final class ConstantRateLoad {

    /** Requests slower than this are the ones the machine's share is counted for: the target's p99. */
    private static final double SLOW_MILLIS = 20;

    /** What one run measured. */
    record Result(
            int offeredPerSecond,
            double achievedPerSecond,
            double p50Millis,
            double p99Millis,
            long non2xx,
            double lateWakeupP99Millis,
            MachineShare machine) {

        String line(String what, double targetP99Millis) {
            String verdict = targetP99Millis <= 0
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "  (target p99 < %.0f ms at %,d/s) %s",
                            targetP99Millis,
                            offeredPerSecond,
                            achievedPerSecond >= offeredPerSecond * 0.99 && p99Millis < targetP99Millis && non2xx == 0
                                    ? "OK"
                                    : "MISSED");
            return String.format(
                            Locale.ROOT,
                            "%-15s %,9.0f requests/s   p50 %6.2fms   p99 %6.2fms   non-2xx %d%s%n"
                                    + "%-15s load generator's own wake-ups late by p99 %.2fms",
                            what,
                            achievedPerSecond,
                            p50Millis,
                            p99Millis,
                            non2xx,
                            verdict,
                            "",
                            lateWakeupP99Millis)
                    + machine.line();
        }
    }

    /**
     * What the kernel's memory monitor did while the load was measured, and how many of the slow requests (over the
     * threshold) were waiting while it ran.
     */
    record MachineShare(boolean watched, List<KernelMemoryMonitor.Burst> bursts, int slow, int slowDuringBurst) {

        String line() {
            if (!watched) {
                return "";
            }
            long[] runs = bursts.stream()
                    .mapToLong(KernelMemoryMonitor.Burst::runNanos)
                    .sorted()
                    .toArray();
            double period = bursts.size() < 2
                    ? Double.NaN
                    : (bursts.get(bursts.size() - 1).start() - bursts.get(0).start()) / 1e9 / (bursts.size() - 1);
            return String.format(
                    Locale.ROOT,
                    "%n%-15s the kernel's memory monitor (kdamond) ran %d times, every %.2f s, median %.1fms max %.1fms"
                            + " of CPU each; it ran while %d of the %d requests over %.0f ms waited",
                    "",
                    runs.length,
                    period,
                    percentile(runs, 0.5),
                    percentile(runs, 1.0),
                    slowDuringBurst,
                    slow,
                    SLOW_MILLIS);
        }
    }

    private ConstantRateLoad() {}

    /**
     * {@code perSecond} requests a second for {@code warmUpSeconds} not counted, then {@code seconds} measured,
     * spread over {@code connections} keep-alive connections, each to the path {@code paths} gives for a random
     * number. Plain sockets: a client library's own cost would be measured along with the server's on a two-core
     * machine.
     */
    static Result run(
            String base,
            String authorization,
            int perSecond,
            int warmUpSeconds,
            int seconds,
            int connections,
            IntFunction<String> paths)
            throws Exception {
        URI server = URI.create(base);
        long interval = connections * 1_000_000_000L / perSecond;
        int warmUp = (int) ((long) perSecond * warmUpSeconds / connections);
        int perConnection = (int) ((long) perSecond * seconds / connections);
        long start = System.nanoTime() + 100_000_000L;
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try (KernelMemoryMonitor monitor = KernelMemoryMonitor.start()) {
            List<Future<Measured>> runs = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                long first = start + c * interval / connections;
                SplittableRandom random = new SplittableRandom(42 + c);
                runs.add(threads.submit(() -> new Connection(server, authorization)
                        .run(first, interval, warmUp, perConnection, () -> paths.apply(random.nextInt()))));
            }
            List<Measured> measured = new ArrayList<>();
            for (Future<Measured> run : runs) {
                measured.add(run.get());
            }
            double elapsed = (System.nanoTime() - (start + warmUp * interval)) / 1e9;
            monitor.close();
            return summarise(perSecond, elapsed, measured, monitor);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Result summarise(
            int perSecond, double elapsed, List<Measured> measured, KernelMemoryMonitor monitor) {
        long measuredFrom = measured.stream().mapToLong(m -> m.due(0)).min().orElse(0);
        List<KernelMemoryMonitor.Burst> bursts = monitor.bursts().stream()
                .filter(burst -> burst.end() >= measuredFrom)
                .toList();
        long slowNanos = (long) (SLOW_MILLIS * 1_000_000);
        long[] latencies =
                new long[measured.stream().mapToInt(m -> m.latencies().length).sum()];
        List<Long> wakeups = new ArrayList<>();
        long non2xx = 0;
        int slow = 0;
        int slowDuringBurst = 0;
        int at = 0;
        for (Measured connection : measured) {
            long[] own = connection.latencies();
            for (int i = 0; i < own.length; i++) {
                // A negative latency marks an answer that was not a 2xx.
                non2xx += own[i] < 0 ? 1 : 0;
                long latency = Math.abs(own[i]);
                latencies[at++] = latency;
                if (latency > slowNanos) {
                    slow++;
                    long due = connection.due(i);
                    slowDuringBurst +=
                            bursts.stream().anyMatch(burst -> burst.start() <= due + latency && burst.end() >= due)
                                    ? 1
                                    : 0;
                }
            }
            wakeups.addAll(connection.lateWakeups());
        }
        long[] late = wakeups.stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.sort(latencies);
        return new Result(
                perSecond,
                latencies.length / elapsed,
                percentile(latencies, 0.50),
                percentile(latencies, 0.99),
                non2xx,
                percentile(late, 0.99),
                new MachineShare(monitor.present(), bursts, slow, slowDuringBurst));
    }

    /**
     * A connection's measured latencies (the i-th was due at {@code firstDue + i * interval}), and how late its
     * thread woke up whenever it had to wait for a measured request's time.
     */
    private record Measured(long[] latencies, long firstDue, long interval, List<Long> lateWakeups) {

        long due(int i) {
            return firstDue + i * interval;
        }
    }

    /** One keep-alive HTTP/1.1 connection sending GETs on its schedule; reopened when the server closes it. */
    private static final class Connection {

        private final URI server;
        private final String headers;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI server, String authorization) {
            this.server = server;
            this.headers = "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
        }

        /** {@code warmUp} requests not counted, then {@code count} measured ones, one each {@code interval}. */
        Measured run(long first, long interval, int warmUp, int count, Supplier<String> paths) throws IOException {
            long[] latencies = new long[count];
            List<Long> lateWakeups = new ArrayList<>();
            try {
                for (int i = 0; i < warmUp + count; i++) {
                    long due = first + i * interval;
                    long wait = due - System.nanoTime();
                    boolean counted = i >= warmUp;
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                        if (counted) {
                            // How late this thread got the processor back: a part of the latency that is the
                            // machine's, not the server's.
                            lateWakeups.add(System.nanoTime() - due);
                        }
                    }
                    int status = get(server.getPath() + paths.get());
                    long latency = Math.max(1, System.nanoTime() - due);
                    if (counted) {
                        latencies[i - warmUp] = status / 100 == 2 ? latency : -latency;
                    }
                }
            } finally {
                close();
            }
            return new Measured(latencies, first + warmUp * interval, interval, lateWakeups);
        }

        private int get(String path) throws IOException {
            if (socket == null) {
                socket = new Socket(server.getHost(), server.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(10_000);
                in = new BufferedInputStream(socket.getInputStream());
                out = new BufferedOutputStream(socket.getOutputStream());
            }
            out.write(("GET " + path + " HTTP/1.1\r\n" + headers).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size + 2);
                }
                while (!line().isEmpty()) {
                    // Trailers, if any.
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closes) {
                close();
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("The server closed the connection mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("The server closed the connection mid-answer");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }
}

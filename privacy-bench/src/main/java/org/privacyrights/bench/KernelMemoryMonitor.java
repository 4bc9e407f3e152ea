package org.privacyrights.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Watches the kernel's memory monitor, DAMON's {@code kdamond} threads, while a load runs. Where one runs (some
 * virtual machines reclaim their guests' memory with it), it works in bursts of several milliseconds of kernel time
 * every sampling interval, and the requests waiting at that moment wait for it: the part of a latency tail that is
 * the machine's. Reads each thread's run time from {@code /proc/<pid>/schedstat} every two milliseconds; on a
 * machine without one it records nothing.
 */
final class KernelMemoryMonitor implements AutoCloseable {

    private static final long POLL_NANOS = 2_000_000L;
    private static final long MERGE_GAP = 25_000_000L;

    /** A stretch of time in which the monitor ran, in {@link System#nanoTime()}, and how much it ran in it. */
    record Burst(long start, long end, long runNanos) {}

    private final List<Path> threads;
    private final List<Burst> bursts = new ArrayList<>();
    private final Thread poller;
    private volatile boolean stopped;

    private KernelMemoryMonitor(List<Path> threads) {
        this.threads = threads;
        this.poller = new Thread(this::poll, "kdamond-watch");
        poller.setDaemon(true);
    }

    /** Starts watching every {@code kdamond} thread now running; none is fine. */
    static KernelMemoryMonitor start() {
        KernelMemoryMonitor monitor = new KernelMemoryMonitor(findThreads());
        if (!monitor.threads.isEmpty()) {
            monitor.poller.start();
        }
        return monitor;
    }

    boolean present() {
        return !threads.isEmpty();
    }

    /**
     * The bursts seen; call after {@link #close()}. The monitor works a sampling round in slices of a few
     * milliseconds with short gaps between them; slices less than {@code MERGE_GAP} apart count as one burst.
     */
    List<Burst> bursts() {
        List<Burst> merged = new ArrayList<>();
        for (Burst burst : bursts) {
            Burst last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && burst.start() - last.end() < MERGE_GAP) {
                merged.set(merged.size() - 1, new Burst(last.start(), burst.end(), last.runNanos() + burst.runNanos()));
            } else {
                merged.add(burst);
            }
        }
        return merged;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (poller.isAlive()) {
            poller.join();
        }
    }

    private void poll() {
        long last = runNanos();
        long burstStart = -1;
        long burstRun = 0;
        long previousSample = System.nanoTime();
        while (!stopped) {
            LockSupport.parkNanos(POLL_NANOS);
            long now = System.nanoTime();
            long run = runNanos();
            if (run > last) {
                if (burstStart < 0) {
                    burstStart = previousSample;
                    burstRun = 0;
                }
                burstRun += run - last;
            } else if (burstStart >= 0) {
                bursts.add(new Burst(burstStart, previousSample, burstRun));
                burstStart = -1;
            }
            last = run;
            previousSample = now;
        }
        if (burstStart >= 0) {
            bursts.add(new Burst(burstStart, previousSample, burstRun));
        }
    }

    private long runNanos() {
        long total = 0;
        for (Path schedstat : threads) {
            try {
                total += Long.parseLong(Files.readString(schedstat).trim().split("\\s+")[0]);
            } catch (IOException | RuntimeException gone) {
                // The thread ended; what it ran before stays counted in the bursts already seen.
            }
        }
        return total;
    }

    private static List<Path> findThreads() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(process -> process.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(KernelMemoryMonitor::isKdamond)
                    .map(process -> process.resolve("schedstat"))
                    .filter(Files::isReadable)
                    .toList();
        } catch (IOException | RuntimeException noProc) {
            return List.of();
        }
    }

    private static boolean isKdamond(Path process) {
        try {
            return Files.readString(process.resolve("comm")).startsWith("kdamond");
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }
}

package org.privacyrights.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What wrk reports: throughput, latency percentiles (p95 when the script prints it) and answers that were not 2xx. */
record WrkResult(double perSecond, String p50, String p95, String p99, long non2xx, String raw) {

    static WrkResult parse(String output) {
        return new WrkResult(
                Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)")),
                find(output, "\\s50%\\s+(\\S+)"),
                find(output, "p95: (\\S+)", "-"),
                find(output, "\\s99%\\s+(\\S+)"),
                Long.parseLong(find(output, "non-2xx: (\\d+)", "0")),
                output);
    }

    String line(String what, double targetPerSecond, double targetP99Millis) {
        String verdict = "";
        if (targetPerSecond > 0) {
            // No p99 target: the capacity alone is judged (latency is measured at the target rate instead).
            boolean ok = perSecond >= targetPerSecond
                    && (targetP99Millis <= 0 || millis(p99) < targetP99Millis)
                    && non2xx == 0;
            String target = String.format(Locale.ROOT, "target >= %,.0f/s", targetPerSecond)
                    + (targetP99Millis <= 0 ? "" : String.format(Locale.ROOT, ", p99 < %.0f ms", targetP99Millis));
            verdict = "  (" + target + ") " + (ok ? "OK" : "MISSED");
        }
        return String.format(
                Locale.ROOT,
                "%-15s %,9.0f requests/s   p50 %8s   p99 %8s   non-2xx %d%s",
                what,
                perSecond,
                p50,
                p99,
                non2xx,
                verdict);
    }

    /** For pages: p95 under a target (the script prints p95), and every answer a 2xx; no target where 0. */
    String pageLine(String what, double targetP95Millis) {
        boolean ok = millis(p95) < targetP95Millis && non2xx == 0;
        String verdict = targetP95Millis <= 0
                ? ""
                : String.format(Locale.ROOT, "  (target p95 < %.0f ms) %s", targetP95Millis, ok ? "OK" : "MISSED");
        return String.format(
                Locale.ROOT,
                "%-22s %,7.0f pages/s   p50 %8s   p95 %8s   p99 %8s   non-2xx %d%s",
                what,
                perSecond,
                p50,
                p95,
                p99,
                non2xx,
                verdict);
    }

    private static double millis(String wrkDuration) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s)").matcher(wrkDuration);
        if (!m.matches()) {
            return Double.MAX_VALUE;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
    }

    private static String find(String output, String regex) {
        String found = find(output, regex, null);
        if (found == null) {
            throw new IllegalStateException("Unexpected wrk output:\n" + output);
        }
        return found;
    }

    private static String find(String output, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(output);
        return m.find() ? m.group(1) : otherwise;
    }
}

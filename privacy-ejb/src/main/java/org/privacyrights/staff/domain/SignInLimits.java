package org.privacyrights.staff.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.privacyrights.verification.domain.RateLimit;

/**
 * Sign-in allowances as steps of a backoff, written {@code 10/1m, 20/15m, 40/1h, 100/1d}: at most 10 attempts in
 * a minute, 20 in a quarter of an hour and so on. Whoever uses up a step waits out its window, and the next step
 * waits longer. Units are s, m, h and d; no window is longer than a day (older counts are forgotten). {@code off}
 * counts nothing.
 */
public final class SignInLimits {

    private SignInLimits() {}

    /** One {@link RateLimit} per step, each counted in a bucket of its own named from {@code bucketPrefix}. */
    public static List<RateLimit> parse(String bucketPrefix, String spec) {
        List<RateLimit> steps = new ArrayList<>();
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("off")) {
            return steps;
        }
        for (String step : spec.split(",")) {
            String trimmed = step.strip();
            int slash = trimmed.indexOf('/');
            if (slash <= 0) {
                throw new IllegalArgumentException("'" + trimmed + "' is not <count>/<window>, e.g. 10/1m");
            }
            int max;
            try {
                max = Integer.parseInt(trimmed.substring(0, slash).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + trimmed + "' does not start with a count", e);
            }
            Duration window = window(trimmed.substring(slash + 1).strip());
            steps.add(new RateLimit(bucketPrefix + "-" + window.toSeconds() + "s", max, window));
        }
        return List.copyOf(steps);
    }

    private static Duration window(String text) {
        if (text.length() < 2) {
            throw new IllegalArgumentException("'" + text + "' is not a window such as 30s, 15m, 1h or 1d");
        }
        long amount;
        try {
            amount = Long.parseLong(text.substring(0, text.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a window such as 30s, 15m, 1h or 1d", e);
        }
        Duration window =
                switch (text.substring(text.length() - 1).toLowerCase(Locale.ROOT)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> throw new IllegalArgumentException(
                            "'" + text + "' is not a window such as 30s, 15m, 1h or 1d");
                };
        if (window.isZero() || window.isNegative() || window.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("'" + text + "': a window lasts from a second to a day");
        }
        return window;
    }
}

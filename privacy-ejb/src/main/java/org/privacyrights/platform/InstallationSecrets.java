package org.privacyrights.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which of the installation's secrets must not be used: the placeholders shipped in {@code config/} (the quick
 * start's and the examples'), and keys that are easy to guess. A key is estimated by the entropy of its characters
 * over its shortest repeating part, so repeated characters, short alphabets and repeated runs count for what they
 * are; dictionary words are not recognised, which is why the shipped strings are refused by name. Passwords are
 * the other systems' to choose: only their placeholders are refused. The demonstration
 * ({@code privacy.demo.enabled=true}) runs with the quick start's secrets on purpose and is not checked.
 */
public final class InstallationSecrets {

    public static final String DEMO = "privacy.demo.enabled";
    /** Secrets this platform derives keys from: they must be long random strings. */
    public static final List<String> KEYS =
            List.of("privacy.verification.secret", "privacy.export.key", "privacy.helpdesk.hash-key");
    /** Passwords of the database, the first administrator and the connected systems. */
    public static final List<String> PASSWORDS = List.of(
            "privacy.datasource.password",
            "privacy.bootstrap.admin.password",
            "privacy.mail.password",
            "privacy.mail.directory.password",
            "privacy.helpdesk.password",
            "privacy.dav.password",
            "privacy.inbound.password",
            "privacy.smtp.password");

    static final int MIN_KEY_BITS = 128;
    private static final List<String> PLACEHOLDERS = List.of(
            "change-me",
            "changeme",
            "change_me",
            "replace-me",
            "quickstart-only",
            "quickstart-admin",
            "a-long-random-secret");

    private InstallationSecrets() {}

    /** One line per secret that must not be used, starting with the setting's name; never the secret itself. */
    public static List<String> problems(Function<String, String> setting) {
        if ("true".equalsIgnoreCase(strip(setting.apply(DEMO)))) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (String name : KEYS) {
            String value = setting.apply(name);
            if (value == null) {
                continue;
            }
            if (isPlaceholder(value)) {
                problems.add(name + ": is a placeholder shipped with the platform");
            } else if (estimatedBits(value) < MIN_KEY_BITS) {
                problems.add(name + ": is too easy to guess (about " + estimatedBits(value) + " bits; at least "
                        + MIN_KEY_BITS + " are needed)");
            }
        }
        for (String name : PASSWORDS) {
            String value = setting.apply(name);
            if (value != null && isPlaceholder(value)) {
                problems.add(name + ": is a placeholder shipped with the platform");
            }
        }
        return problems;
    }

    /** The start-up failure for {@code problems}: what is wrong, how to make a key, and that only the demo skips. */
    public static IllegalStateException refusal(List<String> problems) {
        return new IllegalStateException("The platform does not start with these secrets: "
                + String.join("; ", problems)
                + ". Make each key a long random string (e.g. openssl rand -base64 32) and choose real passwords;"
                + " only the demonstration (privacy.demo.enabled=true, never a real installation) runs with the"
                + " quick start's.");
    }

    private static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return value.isBlank() || PLACEHOLDERS.stream().anyMatch(lower::contains);
    }

    /** Shannon entropy of the characters times the length of the shortest part the value repeats. */
    static long estimatedBits(String value) {
        int period = shortestPeriod(value);
        Map<Integer, Integer> counts = new HashMap<>();
        value.substring(0, period).codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int length = counts.values().stream().mapToInt(Integer::intValue).sum();
        double perCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            perCharacter -= p * Math.log(p) / Math.log(2);
        }
        return Math.round(perCharacter * length);
    }

    private static int shortestPeriod(String value) {
        for (int period = 1; period <= value.length() / 2; period++) {
            if (value.substring(period).equals(value.substring(0, value.length() - period))) {
                return period;
            }
        }
        return value.length();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}

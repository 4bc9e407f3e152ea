package org.privacyrights.staff.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a staff password must be: at least 12 characters (and at most 200), not the user name, and not a value known
 * from documentation or examples (the quick start's, the example configuration's placeholders), which an attacker
 * tries first. The quick start's own password is let through only where the installation is the demonstration.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    public static final String QUICK_START_PASSWORD = "quickstart-admin-password";

    /** Compared without case and without anything but letters and digits. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            letters(QUICK_START_PASSWORD),
            "changeme",
            "changemetoo",
            "changemetoalongrandomsecret",
            "alongrandomsecretchangeme",
            "password",
            "password123",
            "password1234",
            "adminpassword",
            "administrator",
            "qwertyuiop",
            "letmein");

    /** Why a password is refused. */
    public enum Weakness {
        TOO_SHORT,
        TOO_LONG,
        USER_NAME,
        PLACEHOLDER
    }

    private PasswordRules() {}

    /** The first rule the password breaks, if any. */
    public static Optional<Weakness> check(String username, String password, boolean demonstration) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        String plain = letters(password);
        if (username != null && (plain.equals(letters(username)) || password.equalsIgnoreCase(username.strip()))) {
            return Optional.of(Weakness.USER_NAME);
        }
        boolean quickStart = plain.equals(letters(QUICK_START_PASSWORD));
        if ((PLACEHOLDERS.contains(plain) && !(quickStart && demonstration))
                || plain.contains("changeme")
                || plain.chars().distinct().count() <= 2) {
            return Optional.of(Weakness.PLACEHOLDER);
        }
        return Optional.empty();
    }

    /** An English explanation, for the API and the log; pages show their own bundle's text per weakness. */
    public static String explain(Weakness weakness) {
        return switch (weakness) {
            case TOO_SHORT -> "has at least " + MIN_LENGTH + " characters";
            case TOO_LONG -> "has at most " + MAX_LENGTH + " characters";
            case USER_NAME -> "must not be the user name";
            case PLACEHOLDER -> "is a well-known placeholder or example; choose a password of your own";
        };
    }

    private static String letters(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}

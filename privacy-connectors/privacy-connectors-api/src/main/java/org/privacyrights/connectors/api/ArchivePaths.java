package org.privacyrights.connectors.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for file names in an export archive, used by every connector for the names it takes from a
 * backend (folders, address books, contacts, attachments) and again by the platform for every entry it writes.
 * Names come from people and from servers, so anything may be in them: a path that leaves the archive, names that
 * differ only in characters the archive cannot hold, control and bidirectional characters that make a name read
 * as another, names too long to unpack. A clean path is relative, its segments are never {@code .} or hold
 * {@code ..}, hold no control, format (bidi) or reserved characters, are not device names on Windows and are at
 * most {@value #MAX_SEGMENT} characters; the whole path is at most {@value #MAX_PATH}.
 */
public final class ArchivePaths {

    public static final int MAX_SEGMENT = 100;
    public static final int MAX_PATH = 240;

    private static final Pattern RESERVED = Pattern.compile("[\\\\/:*?\"<>|]");
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
    private static final int MAX_EXTENSION = 12;

    private ArchivePaths() {}

    /**
     * One name (a folder, a file), cleaned to a single safe segment: every separator, reserved or invisible
     * character becomes {@code _}, so the name can never add a level or climb out.
     */
    public static String segment(String name) {
        String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE;
            if (invisible || RESERVED.matcher(new String(Character.toChars(c))).matches()) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String cleaned = clean.toString().strip();
        while (cleaned.contains("..")) {
            cleaned = cleaned.replace("..", "_");
        }
        if (cleaned.startsWith(".")) {
            cleaned = "_" + cleaned.substring(1);
        }
        if (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1) + "_";
        }
        if (cleaned.isEmpty()) {
            cleaned = "_";
        }
        if (DEVICE.matcher(cleaned).matches()) {
            cleaned = "_" + cleaned;
        }
        return shorten(cleaned, MAX_SEGMENT);
    }

    /**
     * A relative path ({@code /} between levels) cleaned segment by segment; empty segments (a leading {@code /},
     * doubled separators) are dropped, so no path is absolute. Too long a path keeps its first and last segments and
     * folds the ones between into one short segment named by their hash.
     */
    public static String path(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : (path == null ? "" : path).split("[/\\\\]")) {
            if (!part.isBlank()) {
                segments.add(segment(part));
            }
        }
        if (segments.isEmpty()) {
            segments.add("_");
        }
        String joined = String.join("/", segments);
        if (joined.length() <= MAX_PATH || segments.size() < 3) {
            return joined.length() <= MAX_PATH ? joined : shorten(joined.replace('/', '_'), MAX_PATH);
        }
        String first = segments.get(0);
        String last = segments.get(segments.size() - 1);
        String middle = String.join("/", segments.subList(1, segments.size() - 1));
        String folded = "_" + hash(middle);
        String shortened = first + "/" + folded + "/" + last;
        return shortened.length() <= MAX_PATH ? shortened : shorten(shortened.replace('/', '_'), MAX_PATH);
    }

    /**
     * Hands out clean paths that are unique within one archive, also where file systems ignore case: a path taken
     * before gets {@code ~2}, {@code ~3}… before its extension. Not for use by several threads at once.
     */
    public static final class Unique {

        private final Set<String> taken = new HashSet<>();

        /** Reserves a path the caller writes itself (a manifest, a summary), so that no other file takes it. */
        public void reserve(String path) {
            taken.add(path(path).toLowerCase(Locale.ROOT));
        }

        public String claim(String path) {
            String clean = path(path);
            if (taken.add(clean.toLowerCase(Locale.ROOT))) {
                return clean;
            }
            int slash = clean.lastIndexOf('/');
            String dir = clean.substring(0, slash + 1);
            String name = clean.substring(slash + 1);
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
            String stem = name.substring(0, name.length() - extension.length());
            for (int n = 2; ; n++) {
                String suffix = "~" + n + extension;
                String candidate = dir + shorten(stem, MAX_SEGMENT - suffix.length()) + suffix;
                if (taken.add(candidate.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
        }
    }

    /** Cuts a name to {@code max} characters, keeping a short extension and marking the cut with a hash. */
    private static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String mark = "~" + hash(name).substring(0, 8);
        int keep = Math.max(1, max - extension.length() - mark.length());
        int end = name.offsetByCodePoints(0, Math.min(name.codePointCount(0, name.length()), keep));
        while (end > keep) {
            end = name.offsetByCodePoints(0, name.codePointCount(0, end) - 1);
        }
        return name.substring(0, end) + mark + extension;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

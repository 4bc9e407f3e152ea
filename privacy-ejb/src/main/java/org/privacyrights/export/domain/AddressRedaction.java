package org.privacyrights.export.domain;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every email address in a text that is not one of the subject's with a marker, line by line as the text
 * streams through: what other people wrote into the subject's tickets stays, their addresses do not.
 */
public final class AddressRedaction extends FilterOutputStream {

    public static final String MARKER = "[address of a third party removed]";
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

    private final Set<String> own;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    public AddressRedaction(OutputStream out, Set<String> subjectAddresses) {
        super(out);
        this.own = subjectAddresses;
    }

    /** Whether files of this media type are text that can carry third parties' addresses. */
    public static boolean applies(String mediaType) {
        return mediaType.startsWith("application/json") || mediaType.startsWith("text/csv");
    }

    public static String redact(String text, Set<String> subjectAddresses) {
        Matcher matcher = ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String address = matcher.group();
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            subjectAddresses.contains(address.toLowerCase(Locale.ROOT)) ? address : MARKER));
        }
        return matcher.appendTail(out).toString();
    }

    @Override
    public void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public void close() throws IOException {
        flushLine();
        super.close();
    }

    private void flushLine() throws IOException {
        if (line.size() > 0) {
            out.write(redact(line.toString(StandardCharsets.UTF_8), own).getBytes(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}

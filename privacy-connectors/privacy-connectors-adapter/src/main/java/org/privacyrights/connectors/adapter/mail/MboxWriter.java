package org.privacyrights.connectors.adapter.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes messages in mboxrd format: each starts with a "From " line, and any line of a message that starts with
 * "From " (after any number of '>') gets one more '>', so readers split messages where they were joined.
 */
final class MboxWriter {

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern(
                    "EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final OutputStream out;

    MboxWriter(OutputStream out) {
        this.out = out;
    }

    /** Returns the stream to write one message's RFC 5322 bytes to; close it to end the message. */
    OutputStream begin(String envelopeSender, Instant received) throws IOException {
        String sender =
                envelopeSender == null || envelopeSender.isBlank() ? "MAILER-DAEMON" : envelopeSender.replace(' ', '_');
        out.write(("From " + sender + " " + ASCTIME.format(received) + "\n").getBytes(StandardCharsets.US_ASCII));
        return new QuotingStream(out);
    }

    /** Quotes "From " lines and normalises CRLF to LF; ends the message with a blank line on close. */
    private static final class QuotingStream extends OutputStream {

        private final OutputStream out;
        private final byte[] lineStart = new byte[64];
        private int buffered;
        private boolean atLineStart = true;
        private boolean pendingCr;
        private boolean lastWasNewline = true;

        QuotingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (pendingCr) {
                pendingCr = false;
                if (b == '\n') {
                    newline();
                    return;
                }
                emit('\r');
            }
            if (b == '\r') {
                pendingCr = true;
                return;
            }
            if (b == '\n') {
                newline();
                return;
            }
            emit(b);
        }

        private void emit(int b) throws IOException {
            if (atLineStart) {
                lineStart[buffered++] = (byte) b;
                if (!isQuotablePrefix()) {
                    flushLineStart(false);
                } else if (endsWithFromSpace()) {
                    flushLineStart(true);
                } else if (buffered == lineStart.length) {
                    flushLineStart(false);
                }
                return;
            }
            out.write(b);
            lastWasNewline = false;
        }

        private boolean isQuotablePrefix() {
            int i = 0;
            while (i < buffered && lineStart[i] == '>') {
                i++;
            }
            byte[] from = {'F', 'r', 'o', 'm', ' '};
            for (int j = 0; i + j < buffered; j++) {
                if (j >= from.length || lineStart[i + j] != from[j]) {
                    return false;
                }
            }
            return true;
        }

        private boolean endsWithFromSpace() {
            return buffered >= 5 && lineStart[buffered - 1] == ' ' && isQuotablePrefix();
        }

        private void flushLineStart(boolean quote) throws IOException {
            if (quote) {
                out.write('>');
            }
            out.write(lineStart, 0, buffered);
            buffered = 0;
            atLineStart = false;
            lastWasNewline = false;
        }

        private void newline() throws IOException {
            if (atLineStart && buffered > 0) {
                flushLineStart(false);
            }
            out.write('\n');
            atLineStart = true;
            lastWasNewline = true;
        }

        @Override
        public void close() throws IOException {
            if (pendingCr) {
                pendingCr = false;
                emit('\r');
            }
            if (buffered > 0) {
                flushLineStart(false);
            }
            if (!lastWasNewline) {
                out.write('\n');
            }
            out.write('\n');
            out.flush();
        }
    }
}

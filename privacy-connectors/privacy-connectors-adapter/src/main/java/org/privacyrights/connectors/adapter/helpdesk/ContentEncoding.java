package org.privacyrights.connectors.adapter.helpdesk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * How a help desk stores a column's content. A person receives what was stored, not its transport encoding: a
 * base64 attachment is exported as the file it encodes.
 */
enum ContentEncoding {
    NONE,
    BASE64,
    QUOTED_PRINTABLE,
    GZIP;

    /** The stored value's bytes, decoded; text is read as UTF-8. */
    byte[] decode(Object stored) throws IOException, SQLException {
        byte[] raw = bytes(stored);
        return switch (this) {
            case NONE -> raw;
            case BASE64 -> Base64.getMimeDecoder().decode(raw);
            case QUOTED_PRINTABLE -> quotedPrintable(raw);
            case GZIP -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                    yield in.readAllBytes();
                }
            }
        };
    }

    /** For a text cell: the decoded content as UTF-8 text; values of unencoded columns are returned as they are. */
    Object decodeToText(Object stored) throws IOException, SQLException {
        if (this == NONE || stored == null) {
            return stored;
        }
        return new String(decode(stored), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object stored) throws IOException, SQLException {
        if (stored == null) {
            return new byte[0];
        }
        if (stored instanceof byte[] bytes) {
            return bytes;
        }
        if (stored instanceof Blob blob) {
            try (InputStream in = blob.getBinaryStream()) {
                return in.readAllBytes();
            }
        }
        if (stored instanceof Clob clob) {
            try (Reader in = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                in.transferTo(new java.io.Writer() {
                    @Override
                    public void write(char[] buffer, int offset, int length) {
                        text.append(buffer, offset, length);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                });
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return String.valueOf(stored).getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 2045 quoted-printable: {@code =XX} is a byte, {@code =} at a line's end joins it with the next. */
    private static byte[] quotedPrintable(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b != '=') {
                out.write(b);
            } else if (i + 1 < raw.length && raw[i + 1] == '\n') {
                i += 1;
            } else if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < raw.length && HexFormat.isHexDigit(raw[i + 1]) && HexFormat.isHexDigit(raw[i + 2])) {
                out.write(HexFormat.fromHexDigits(new String(raw, i + 1, 2, StandardCharsets.US_ASCII)));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}

package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MboxWriterTest {

    @Test
    void fromLinesInsideMessagesAreQuotedAndMessagesAreSeparated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MboxWriter mbox = new MboxWriter(out);
        try (OutputStream message = mbox.begin("ada@example.org", Instant.parse("2026-01-05T09:03:00Z"))) {
            message.write("Subject: x\r\n\r\nFrom here on\r\n>From quoted\r\nFromage\r\nend"
                    .getBytes(StandardCharsets.US_ASCII));
        }
        try (OutputStream message = mbox.begin(null, Instant.EPOCH)) {
            message.write("Subject: y\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(out.toString(StandardCharsets.US_ASCII))
                .isEqualTo("From ada@example.org Mon Jan  5 09:03:00 2026\n"
                        + "Subject: x\n\n>From here on\n>>From quoted\nFromage\nend\n\n"
                        + "From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n"
                        + "Subject: y\n\nbody\n\n");
    }
}

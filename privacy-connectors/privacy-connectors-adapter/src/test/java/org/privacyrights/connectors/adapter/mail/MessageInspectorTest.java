package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.privacyrights.connectors.api.FindingStrength;

class MessageInspectorTest {

    private static final String ZOE = "zoe@example.org";

    private final MessageInspector inspector =
            new MessageInspector(new MailAddresses("+"), Set.of(ZOE), List.of("Zoe Quinn"));

    @Test
    void everyAddressHeaderMakesTheSubjectAddressed() throws Exception {
        for (String header : MessageInspector.ADDRESS_HEADERS) {
            assertThat(strength(header + ": Someone <Zoe@Example.org>\r\n", "text"))
                    .as(header)
                    .contains(FindingStrength.ADDRESSED);
        }
        assertThat(strength("To: =?UTF-8?Q?Zo=C3=AB_Q?= <zoe+shop@example.org>\r\n", "hi"))
                .contains(FindingStrength.ADDRESSED);
        assertThat(strength("Cc: team: a@x.test, zoe@example.org;\r\n", "hi")).contains(FindingStrength.ADDRESSED);
        assertThat(strength("Reply-To: \"Q, Zoe\" <zoe@xn--exmple-cua.org>\r\n", "hi"))
                .isEmpty();
    }

    @Test
    void textAttachmentsHtmlAndForwardedMessagesMentionTheSubject() throws Exception {
        assertThat(strength("", "Please ask zoe@example.org.")).contains(FindingStrength.MENTIONED);
        String html = Base64.getEncoder()
                .encodeToString(
                        "<a href=\"mailto:x@y.test\">zoe&#64;example&#x2e;org</a>".getBytes(StandardCharsets.UTF_8));
        assertThat(inspect("From: a@x.test\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n" + html + "\r\n"))
                .contains(FindingStrength.MENTIONED);
        assertThat(inspect(multipart("Content-Type: text/csv; name=a.csv\r\nContent-Disposition: attachment\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n"
                        + Base64.getEncoder().encodeToString("n,m\r\nZ,zoe@example.org\r\n".getBytes())
                        + "\r\n")))
                .contains(FindingStrength.MENTIONED);
        assertThat(inspect(multipart("Content-Type: message/rfc822\r\n\r\nFrom: Zoe <zoe@example.org>\r\n"
                        + "To: c@x.test\r\nSubject: original\r\n\r\noriginal text\r\n")))
                .contains(FindingStrength.MENTIONED);
    }

    @Test
    void aNameAloneIsOnlyPossible() throws Exception {
        assertThat(strength("", "Zoe  Quinn called about the invoice")).contains(FindingStrength.POSSIBLE);
        assertThat(strength("From: \"Zoe Quinn\" <zq@elsewhere.test>\r\n", "hi"))
                .contains(FindingStrength.POSSIBLE);
        assertThat(strength("", "Zoe Quinnson called")).isEmpty();
    }

    @Test
    void lookAlikesNeverMatch() throws Exception {
        for (String decoy : new String[] {
            "Cc: nzoe@example.org\r\n",
            "To: zoe@example.org.evil.test\r\n",
            "From: \"zoe@example.org\" <eve@evil.test>\r\n",
            "From: =?UTF-8?Q?Ada_=3Czoe=40example=2Eorg=3E?= <eve@evil.test>\r\n",
            "To: zoe@example.com\r\n",
            "To: zоe@example.org\r\n",
            "Reply-To: zoe@sub.example.org\r\n"
        }) {
            assertThat(strength(decoy, "nothing here")).as(decoy).isEmpty();
        }
        assertThat(strength("", "nzoe@example.org and zoe@example.org.evil and zoe@example.organic"))
                .isEmpty();
    }

    private Optional<FindingStrength> strength(String headers, String body) throws Exception {
        return inspect("From: a@x.test\r\n" + headers + "Subject: s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body + "\r\n");
    }

    private static String multipart(String secondPart) {
        return "From: a@x.test\r\nTo: b@x.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=BB\r\n\r\n"
                + "--BB\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--BB\r\n" + secondPart + "--BB--\r\n";
    }

    private Optional<FindingStrength> inspect(String raw) throws Exception {
        Message message = new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return inspector.inspect(message);
    }
}

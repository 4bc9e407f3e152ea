package org.privacyrights.connectors.adapter.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.privacyrights.connectors.api.FindingStrength;

/**
 * Every way a message can name a subject, and look-alikes that must never count: one raw message (RFC 5322 text)
 * per kind, for the folders {@code Appearances/<kind>} and {@code Decoys/<kind>} of a generated mailbox. The kinds
 * are the rows of the recall table.
 */
public final class MailAppearances {

    private final String subject;
    private final String local;
    private final String domain;
    private final String name;

    public MailAppearances(String subject, String name) {
        this.subject = subject;
        this.local = subject.substring(0, subject.indexOf('@'));
        this.domain = subject.substring(subject.indexOf('@') + 1);
        this.name = name;
    }

    /** Kinds that name the subject, each with the strength the connector must report. */
    public static Map<String, FindingStrength> expectedKinds() {
        Map<String, FindingStrength> kinds = new LinkedHashMap<>();
        for (String addressed : new String[] {
            "from",
            "sender",
            "reply-to",
            "to",
            "cc-upper-case",
            "bcc",
            "resent-to",
            "resent-from",
            "delivered-to",
            "x-original-to",
            "sub-address",
            "encoded-display-name",
            "quoted-display-name",
            "group",
            "domain-upper-case"
        }) {
            kinds.put(addressed, FindingStrength.ADDRESSED);
        }
        for (String mentioned : new String[] {
            "body-plain",
            "body-quoted-printable",
            "body-html-entities",
            "text-attachment",
            "forwarded-headers",
            "forwarded-body"
        }) {
            kinds.put(mentioned, FindingStrength.MENTIONED);
        }
        kinds.put("name-only", FindingStrength.POSSIBLE);
        return kinds;
    }

    public static String[] decoyKinds() {
        return new String[] {
            "longer-local-part",
            "extra-label",
            "other-tld",
            "longer-domain",
            "confusable-character",
            "address-as-display-name",
            "encoded-address-in-display-name",
            "other-sub-address",
            "body-look-alikes",
            "first-name-only"
        };
    }

    /** The message of one kind, in {@code mailbox}, numbered {@code index} (for its Message-ID). */
    public byte[] message(String kind, String mailbox, int index) {
        String from = "From: Colleague <colleague@" + domain + ">\r\n";
        String to = "To: " + mailbox + "\r\n";
        String headers = "";
        String body = "Nothing about anyone in particular.\r\n";
        String contentType = "Content-Type: text/plain; charset=utf-8\r\n";
        switch (kind) {
            case "from" -> from = "From: \"" + name + "\" <" + subject + ">\r\n";
            case "sender" -> headers = "Sender: " + subject + "\r\n";
            case "reply-to" -> headers = "Reply-To: " + subject + "\r\n";
            case "to" -> to = "To: " + subject + "\r\n";
            case "cc-upper-case" -> headers = "Cc: " + subject.toUpperCase(Locale.ROOT) + "\r\n";
            case "bcc" -> headers = "Bcc: " + subject + "\r\n";
            case "resent-to" -> headers = "Resent-From: colleague@" + domain + "\r\nResent-To: " + subject + "\r\n";
            case "resent-from" -> headers = "Resent-From: " + subject + "\r\nResent-To: " + mailbox + "\r\n";
            case "delivered-to" -> headers = "Delivered-To: " + subject + "\r\n";
            case "x-original-to" -> headers = "X-Original-To: " + subject + "\r\n";
            case "sub-address" -> to = "To: " + local + "+shop@" + domain + "\r\n";
            case "encoded-display-name" -> to = "To: =?UTF-8?B?"
                    + Base64.getEncoder().encodeToString("Lovelace, Ädä".getBytes(StandardCharsets.UTF_8)) + "?= <"
                    + subject + ">\r\n";
            case "quoted-display-name" -> headers = "Cc: \"Lovelace, Ada (R&D)\" <" + subject + ">\r\n";
            case "group" -> to = "To: project: colleague@" + domain + ", " + subject + ";\r\n";
            case "domain-upper-case" -> to = "To: " + local + "@" + domain.toUpperCase(Locale.ROOT) + "\r\n";
            case "body-plain" -> body = "Please forward the figures to " + subject + ".\r\n";
            case "body-quoted-printable" -> {
                contentType += "Content-Transfer-Encoding: quoted-printable\r\n";
                body = "Gr=C3=BC=C3=9Fe, schreib an " + local + "@=\r\n" + domain + " bitte.\r\n";
            }
            case "body-html-entities" -> {
                contentType = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n";
                body = base64("<p>Contact: <b>" + local + "&#64;" + domain + "</b></p>");
            }
            case "text-attachment" -> {
                contentType = multipart();
                body = part("Content-Type: text/plain\r\n", "See the attached list.\r\n")
                        + part(
                                "Content-Type: text/csv; name=list.csv\r\nContent-Disposition: attachment;"
                                        + " filename=list.csv\r\nContent-Transfer-Encoding: base64\r\n",
                                base64("name,mail\r\n" + name + "," + subject + "\r\n"))
                        + "--BOUNDARY--\r\n";
            }
            case "forwarded-headers" -> {
                contentType = multipart();
                body = part("Content-Type: text/plain\r\n", "Forwarding this.\r\n")
                        + part(
                                "Content-Type: message/rfc822\r\n",
                                "From: " + subject + "\r\nTo: colleague@" + domain
                                        + "\r\nSubject: the original\r\n\r\nOriginal words.\r\n")
                        + "--BOUNDARY--\r\n";
            }
            case "forwarded-body" -> {
                contentType = multipart();
                body = part("Content-Type: text/plain\r\n", "Forwarding this.\r\n")
                        + part(
                                "Content-Type: message/rfc822\r\n",
                                "From: colleague@" + domain + "\r\nTo: colleague@" + domain
                                        + "\r\nSubject: the original\r\n\r\nAsk " + subject + " about it.\r\n")
                        + "--BOUNDARY--\r\n";
            }
            case "name-only" -> body = name + " called about the invoice.\r\n";
            case "longer-local-part" -> headers = "Cc: n" + subject + "\r\n";
            case "extra-label" -> to = "To: " + local + "@mail." + domain + "\r\n";
            case "other-tld" -> to = "To: " + local + "@" + domain.replace(".test", ".com") + "\r\n";
            case "longer-domain" -> headers = "Reply-To: " + subject + ".evil.test\r\n";
            case "confusable-character" -> to = "To: " + subject.replaceFirst("a", "\u0430") + "\r\n";
            case "address-as-display-name" -> from = "From: \"" + subject + "\" <eve@evil.test>\r\n";
            case "encoded-address-in-display-name" -> from = "From: =?UTF-8?B?"
                    + Base64.getEncoder().encodeToString(("Ädä <" + subject + ">").getBytes(StandardCharsets.UTF_8))
                    + "?= <eve@evil.test>\r\n";
            case "other-sub-address" -> to = "To: " + local + "x+shop@" + domain + "\r\n";
            case "body-look-alikes" -> body = "n" + subject + ", " + subject + ".evil.test, " + local + "@" + domain
                    + "s and " + local + "_b@" + domain + " are other people.\r\n";
            case "first-name-only" -> body = name.split(" ")[0] + " called about something.\r\n";
            default -> throw new IllegalArgumentException(kind);
        }
        return ("Message-ID: <" + kind + "." + index + "@" + domain + ">\r\n" + from + to + headers
                        + "Subject: " + kind + "\r\nDate: Thu, 1 Jan 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                        + contentType + "\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String multipart() {
        return "Content-Type: multipart/mixed; boundary=BOUNDARY\r\n";
    }

    private static String part(String headers, String body) {
        return "--BOUNDARY\r\n" + headers + "\r\n" + body + "\r\n";
    }

    private static String base64(String text) {
        return Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }
}

package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyrights.connectors.api.FindingStrength;

/**
 * Decides whether one message names the subject, and how: in an address header ({@link FindingStrength#ADDRESSED}),
 * in a text part, a text attachment or a forwarded message ({@link FindingStrength#MENTIONED}), or by name alone
 * ({@link FindingStrength#POSSIBLE}). Addresses count only where they stand as addresses: the address of a header
 * entry (never its display name, which anyone can set to anything), or an address-shaped token in text, each
 * compared whole after {@link MailAddresses} normalised it.
 */
final class MessageInspector {

    /** Every header that carries addresses of the message's parties, as fetched for each candidate. */
    static final List<String> ADDRESS_HEADERS = List.of(
            "From",
            "Sender",
            "Reply-To",
            "To",
            "Cc",
            "Bcc",
            "Resent-From",
            "Resent-Sender",
            "Resent-To",
            "Resent-Cc",
            "Resent-Bcc",
            "Delivered-To",
            "X-Original-To");

    /**
     * The address headers a full-text index may leave out of its TEXT search (Dovecot's fts-xapian indexes From, To,
     * Cc and Bcc only): with such an index they are read from each message instead.
     */
    static final List<String> HEADERS_AN_INDEX_MAY_MISS = List.of(
            "Sender",
            "Reply-To",
            "Resent-From",
            "Resent-Sender",
            "Resent-To",
            "Resent-Cc",
            "Resent-Bcc",
            "Delivered-To",
            "X-Original-To");

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);?");
    private static final Pattern QUOTED_OR_COMMENT = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|\\([^)]*\\)");

    private final MailAddresses normaliser;
    private final Set<String> addresses;
    private final List<Pattern> names;

    /** {@code addresses} in canonical form; {@code names} the subject's names, matched as whole words. */
    MessageInspector(MailAddresses normaliser, Set<String> addresses, Collection<String> names) {
        this.normaliser = normaliser;
        this.addresses = Set.copyOf(addresses);
        List<Pattern> patterns = new ArrayList<>();
        for (String name : names) {
            String trimmed = name == null ? "" : name.trim();
            if (trimmed.contains(" ") || trimmed.length() >= 4) {
                String words = String.join(
                        "\\s+",
                        List.of(trimmed.split("\\s+")).stream()
                                .map(Pattern::quote)
                                .toList());
                patterns.add(Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        this.names = List.copyOf(patterns);
    }

    /** How the message names the subject, or empty where it does not. */
    Optional<FindingStrength> inspect(Message message) throws MessagingException, IOException {
        Findings findings = new Findings();
        headers(message, findings, FindingStrength.ADDRESSED);
        if (findings.strength != FindingStrength.ADDRESSED) {
            content(message, findings);
        }
        return Optional.ofNullable(findings.strength);
    }

    /** Whether one of the subject's addresses stands as an address in one of {@code headers} of the message. */
    boolean addressedIn(Part part, List<String> headers) throws MessagingException {
        Findings findings = new Findings();
        for (String header : headers) {
            addressHeader(part.getHeader(header), findings, FindingStrength.ADDRESSED);
        }
        return findings.strength == FindingStrength.ADDRESSED;
    }

    private void headers(Part part, Findings findings, FindingStrength strength) throws MessagingException {
        for (String header : ADDRESS_HEADERS) {
            addressHeader(part.getHeader(header), findings, strength);
        }
        String[] subject = part.getHeader("Subject");
        if (subject != null) {
            for (String value : subject) {
                names(decode(value), findings);
            }
        }
    }

    private void addressHeader(String[] values, Findings findings, FindingStrength strength) {
        if (values == null) {
            return;
        }
        for (String raw : values) {
            String value = MimeUtility.unfold(raw);
            List<InternetAddress> parsed = new ArrayList<>();
            try {
                for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                    expand(address, parsed);
                }
            } catch (AddressException unparsable) {
                // A header no parser accepts still names its addresses: every address-shaped token outside quoted
                // display names and comments counts.
                normaliser.inText(QUOTED_OR_COMMENT.matcher(value).replaceAll(" ")).stream()
                        .filter(addresses::contains)
                        .findAny()
                        .ifPresent(a -> findings.raise(strength));
                continue;
            }
            for (InternetAddress address : parsed) {
                if (normaliser
                        .canonical(address.getAddress())
                        .filter(addresses::contains)
                        .isPresent()) {
                    findings.raise(strength);
                } else if (address.getPersonal() != null) {
                    names(address.getPersonal(), findings);
                }
            }
        }
    }

    private static void expand(InternetAddress address, List<InternetAddress> target) {
        try {
            InternetAddress[] members = address.getGroup(false);
            if (members != null) {
                target.addAll(List.of(members));
                return;
            }
        } catch (AddressException e) {
            // Not a group after all: the entry itself is the address.
            target.add(address);
            return;
        }
        target.add(address);
    }

    private void content(Part part, Findings findings) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount() && findings.strength != FindingStrength.ADDRESSED; i++) {
                    content(multipart.getBodyPart(i), findings);
                }
            }
        } else if (part.isMimeType("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof Message forwarded) {
                headers(forwarded, findings, FindingStrength.MENTIONED);
                content(forwarded, findings);
            }
        } else if (part.isMimeType("text/*")) {
            String text = text(part);
            if (part.isMimeType("text/html")) {
                text = decodeEntities(text);
            }
            for (String address : normaliser.inText(text)) {
                if (addresses.contains(address)) {
                    findings.raise(FindingStrength.MENTIONED);
                    return;
                }
            }
            names(text, findings);
        }
    }

    private void names(String text, Findings findings) {
        for (Pattern name : names) {
            if (name.matcher(text).find()) {
                findings.raise(FindingStrength.POSSIBLE);
                return;
            }
        }
    }

    /** A text part's text in its charset; one whose charset Java does not know is read as Latin-1. */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (UnsupportedEncodingException unknownCharset) {
            // Fall through: the bytes are still searchable as Latin-1, where every address is ASCII.
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String decode(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException e) {
            return header;
        }
    }

    /** Character references as HTML writes them, so that {@code zoe&#64;example.org} reads as an address. */
    static String decodeEntities(String html) {
        Matcher numeric = NUMERIC_ENTITY.matcher(html);
        StringBuilder decoded = new StringBuilder(html.length());
        while (numeric.find()) {
            int code;
            try {
                code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException notANumber) {
                numeric.appendReplacement(decoded, Matcher.quoteReplacement(numeric.group()));
                continue;
            }
            numeric.appendReplacement(
                    decoded,
                    Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : " "));
        }
        numeric.appendTail(decoded);
        return decoded.toString()
                .replace("&commat;", "@")
                .replace("&period;", ".")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** The strongest appearance seen so far. */
    private static final class Findings {
        private FindingStrength strength;

        void raise(FindingStrength seen) {
            if (strength == null || seen.ordinal() < strength.ordinal()) {
                strength = seen;
            }
        }
    }
}

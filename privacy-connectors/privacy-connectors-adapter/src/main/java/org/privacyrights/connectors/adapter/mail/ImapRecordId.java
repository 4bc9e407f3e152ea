package org.privacyrights.connectors.adapter.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message's stable id, in the shape of an IMAP URL (RFC 5092): mailbox, folder, UIDVALIDITY and UID. */
record ImapRecordId(String mailbox, String folder, long uidValidity, long uid) {

    private static final Pattern FORMAT = Pattern.compile("imap://([^/]+)/([^;]+);UIDVALIDITY=(\\d+)/;UID=(\\d+)");

    static ImapRecordId parse(String id) {
        Matcher matcher = FORMAT.matcher(id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an IMAP record id: " + id);
        }
        return new ImapRecordId(
                decode(matcher.group(1)),
                decode(matcher.group(2)),
                Long.parseLong(matcher.group(3)),
                Long.parseLong(matcher.group(4)));
    }

    @Override
    public String toString() {
        return "imap://" + encode(mailbox) + "/" + encode(folder) + ";UIDVALIDITY=" + uidValidity + "/;UID=" + uid;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

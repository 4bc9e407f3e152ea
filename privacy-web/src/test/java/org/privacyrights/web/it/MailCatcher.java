package org.privacyrights.web.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the test SMTP server ({@link MailServer}) received, over its IMAP port, so that tests on both sides of
 * the container see the same mailboxes.
 */
final class MailCatcher {

    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;

    private MailCatcher() {}

    /** A mail as received: the subject line and the plain-text body. */
    record Received(String subject, String body, String to) {

        /** The first match of the pattern's first group in the body. */
        String find(String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No " + regex + " in: " + body);
            }
            return matcher.group(1);
        }
    }

    /** Everything received for the address so far (an address that got nothing has an empty mailbox). */
    static List<Received> inbox(String address) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        try {
            store.connect("127.0.0.1", IMAP_PORT, address, address);
        } catch (MessagingException e) {
            return List.of();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> received = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                received.add(new Received(message.getSubject(), text(message), address));
            }
            inbox.close(false);
            return received;
        } finally {
            store.close();
        }
    }

    /** Waits up to 30 s for the address to have {@code count} mails and returns the last one. */
    static Received awaitMail(String address, int count) throws Exception {
        for (int i = 0; i < 300; i++) {
            List<Received> received = inbox(address);
            if (received.size() >= count) {
                return received.get(count - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Mail " + count + " for " + address + " did not arrive within 30 s");
    }

    /** Waits up to 30 s for the {@code n}-th mail to the address whose subject starts with {@code prefix}. */
    static Received awaitMail(String address, String prefix, int n) throws Exception {
        for (int i = 0; i < 300; i++) {
            List<Received> matching = inbox(address).stream()
                    .filter(mail -> mail.subject().startsWith(prefix))
                    .toList();
            if (matching.size() >= n) {
                return matching.get(n - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Mail " + n + " '" + prefix + "…' for " + address + " did not arrive within 30 s: "
                + inbox(address).stream().map(Received::subject).toList());
    }

    private static String text(Message message) throws MessagingException, IOException {
        Object content = message.getContent();
        return content instanceof String text ? text : String.valueOf(content);
    }
}

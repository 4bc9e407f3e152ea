package org.privacyrights.connectors.adapter.inbound;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.privacyrights.connectors.api.inbound.InboundMail;
import org.privacyrights.connectors.api.inbound.PrivacyMailListener;
import org.privacyrights.connectors.api.inbound.QuarantinedMail;

/**
 * Looks at the privacy mailbox every interval and delivers the messages not yet processed. A message gets the
 * keyword {@value #PROCESSED} only after the endpoint returned normally; a failed delivery is tried again at the
 * next look. Each message is read and delivered on its own: one that cannot be read (an unknown charset, a broken
 * MIME structure) or whose delivery fails {@code maxDeliveryAttempts} times in a row is reported to the endpoint
 * as set aside and gets the keyword {@value #QUARANTINED}, so it never holds up the others. Only the first
 * {@value #MAX_TEXT} characters of a message's text are fetched, however large it is. Runs as container Work,
 * never on a thread of its own.
 */
public final class MailboxPoller implements Work {

    static final String PROCESSED = "$PrivacyRequest";
    static final String QUARANTINED = "$PrivacyQuarantined";
    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final int MAX_TEXT = 4_000;
    private static final int MAX_REASON = 500;

    private final PrivacyMailboxActivationSpec spec;
    private final MessageEndpointFactory endpoints;
    private final Object wakeUp = new Object();
    /** Failed attempts per message (UIDVALIDITY/UID) since it last succeeded; only this poller's thread uses it. */
    private final Map<String, Integer> failures = new HashMap<>();

    private volatile boolean released;

    public MailboxPoller(PrivacyMailboxActivationSpec spec, MessageEndpointFactory endpoints) {
        this.spec = spec;
        this.endpoints = endpoints;
    }

    @Override
    public void run() {
        while (!released) {
            try {
                pollOnce();
            } catch (MessagingException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Privacy mailbox " + spec.getUser() + "@" + spec.getHost() + " could not be read; trying again",
                        e);
            }
            synchronized (wakeUp) {
                if (!released) {
                    try {
                        wakeUp.wait(spec.getPollIntervalSeconds() * 1_000L);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Delivers every unprocessed message once; returns how many were delivered successfully. */
    int pollOnce() throws MessagingException {
        String protocol = spec.getSsl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        // Bodies come in blocks: reading the start of a 25 MB text fetches its start only.
        properties.setProperty("mail." + protocol + ".partialfetch", "true");
        properties.setProperty("mail." + protocol + ".fetchsize", "16384");
        if (!spec.getSsl() && !spec.getAllowPlaintext()) {
            properties.setProperty("mail.imap.starttls.required", "true");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(spec.getHost(), spec.getPort(), spec.getUser(), spec.getPassword());
        int delivered = 0;
        try {
            Folder folder = store.getFolder(spec.getFolder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] waiting = folder.search(new AndTerm(
                        new FlagTerm(new Flags(PROCESSED), false), new FlagTerm(new Flags(QUARANTINED), false)));
                FetchProfile envelopes = new FetchProfile();
                envelopes.add(FetchProfile.Item.ENVELOPE);
                envelopes.add(FetchProfile.Item.CONTENT_INFO);
                envelopes.add(UIDFolder.FetchProfileItem.UID);
                try {
                    folder.fetch(waiting, envelopes);
                } catch (MessagingException | RuntimeException e) {
                    // Only a prefetch: each message is then read by itself, and one that cannot be is set aside.
                    LOG.log(Level.WARNING, "Prefetching the privacy mailbox's envelopes failed; reading one by one", e);
                }
                long uidValidity = folder instanceof UIDFolder uids ? uids.getUIDValidity() : 0;
                for (Message message : waiting) {
                    if (released) {
                        break;
                    }
                    Outcome outcome = handle(message, uidValidity + "/" + uid(folder, message));
                    if (outcome == Outcome.NO_ENDPOINT) {
                        break;
                    }
                    if (outcome == Outcome.DELIVERED) {
                        delivered++;
                    }
                }
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
        return delivered;
    }

    private enum Outcome {
        DELIVERED,
        FAILED,
        QUARANTINED,
        NO_ENDPOINT
    }

    /** Reads, delivers and marks one message; whatever goes wrong with it stays with it. */
    private Outcome handle(Message message, String key) {
        Exception failure;
        try {
            InboundMail mail = toInboundMail(message);
            MessageEndpoint endpoint = endpoint();
            if (endpoint == null) {
                return Outcome.NO_ENDPOINT;
            }
            try {
                ((PrivacyMailListener) endpoint).onPrivacyMail(mail);
            } finally {
                endpoint.release();
            }
            Flags done = new Flags(PROCESSED);
            done.add(Flags.Flag.SEEN);
            message.setFlags(done, true);
            failures.remove(key);
            return Outcome.DELIVERED;
        } catch (Exception e) {
            failure = e;
        }
        int attempts = failures.merge(key, 1, Integer::sum);
        if (attempts < Math.max(1, spec.maxDeliveryAttempts())) {
            LOG.log(
                    Level.WARNING,
                    "Message " + key + " of the privacy mailbox failed (attempt " + attempts + "); it is tried again",
                    failure);
            return Outcome.FAILED;
        }
        return quarantine(message, key, attempts, failure);
    }

    /** Tells the endpoint the message is set aside and flags it so; if the endpoint fails, it is told next time. */
    private Outcome quarantine(Message message, String key, int attempts, Exception failure) {
        QuarantinedMail quarantined = new QuarantinedMail(
                quietly(() -> message instanceof MimeMessage mime ? mime.getMessageID() : null),
                quietly(() -> sender(message)),
                quietly(message::getSubject),
                reason(failure),
                attempts,
                quietly(() -> message.getReceivedDate() == null
                        ? null
                        : message.getReceivedDate().toInstant()));
        try {
            MessageEndpoint endpoint = endpoint();
            if (endpoint == null) {
                return Outcome.NO_ENDPOINT;
            }
            try {
                ((PrivacyMailListener) endpoint).onQuarantined(quarantined);
            } finally {
                endpoint.release();
            }
            Flags aside = new Flags(QUARANTINED);
            aside.add(Flags.Flag.SEEN);
            message.setFlags(aside, true);
            failures.remove(key);
            LOG.log(
                    Level.WARNING,
                    "Message " + key + " of the privacy mailbox failed " + attempts + " times and is set aside: "
                            + quarantined.reason(),
                    failure);
            return Outcome.QUARANTINED;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Setting message " + key + " of the privacy mailbox aside failed; tried again", e);
            return Outcome.FAILED;
        }
    }

    private MessageEndpoint endpoint() {
        try {
            return endpoints.createEndpoint(null);
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "No endpoint for the privacy mailbox yet; the messages stay for the next look", e);
            return null;
        }
    }

    private static String uid(Folder folder, Message message) throws MessagingException {
        return folder instanceof UIDFolder uids
                ? String.valueOf(uids.getUID(message))
                : "#" + message.getMessageNumber();
    }

    /** The failure in a line: its kind and message, and those of its causes, cut to a length staff read. */
    private static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = failure; cause != null && reason.length() < MAX_REASON; cause = cause.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                reason.append(": ").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason.toString();
    }

    @FunctionalInterface
    private interface Read<T> {
        T get() throws MessagingException;
    }

    /** A header of a message being set aside: what cannot be read is left out, the failure is known already. */
    private static <T> T quietly(Read<T> read) {
        try {
            return read.get();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "A header of a message set aside could not be read", e);
            return null;
        }
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress internet
                ? internet.getAddress()
                : null;
    }

    static InboundMail toInboundMail(Message message) throws MessagingException {
        String id = message instanceof MimeMessage mime && mime.getMessageID() != null ? mime.getMessageID() : null;
        Instant received =
                message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : Instant.now();
        return new InboundMail(id, sender(message), message.getSubject(), text(message), received);
    }

    /** The start of the first plain-text part, read only as far as a request's details can hold. */
    private static String text(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return start(part);
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new MessagingException("Reading a message's text failed: " + e, e);
        }
    }

    private static String start(Part part) throws MessagingException, IOException {
        String type = part.getContentType();
        String charset = type == null ? null : new ContentType(type).getParameter("charset");
        Charset decoding =
                charset == null ? StandardCharsets.US_ASCII : Charset.forName(MimeUtility.javaCharset(charset));
        try (Reader reader = new InputStreamReader(part.getInputStream(), decoding)) {
            char[] text = new char[MAX_TEXT];
            int length = 0;
            for (int read; length < MAX_TEXT && (read = reader.read(text, length, MAX_TEXT - length)) > 0; ) {
                length += read;
            }
            return new String(text, 0, length);
        }
    }

    @Override
    public void release() {
        released = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }
}

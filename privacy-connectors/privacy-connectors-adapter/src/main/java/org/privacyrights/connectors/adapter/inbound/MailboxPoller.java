package org.privacyrights.connectors.adapter.inbound;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import java.io.IOException;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.privacyrights.connectors.api.inbound.InboundMail;
import org.privacyrights.connectors.api.inbound.PrivacyMailListener;

/**
 * Looks at the privacy mailbox every interval and delivers the messages not yet processed. A message gets the
 * keyword {@value #PROCESSED} only after the endpoint returned normally; a failed delivery is tried again at the
 * next look. Runs as container Work, never on a thread of its own.
 */
public final class MailboxPoller implements Work {

    static final String PROCESSED = "$PrivacyRequest";
    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final int MAX_TEXT = 4_000;

    private final PrivacyMailboxActivationSpec spec;
    private final MessageEndpointFactory endpoints;
    private final Object wakeUp = new Object();
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
                for (Message message : folder.search(new FlagTerm(new Flags(PROCESSED), false))) {
                    if (released) {
                        break;
                    }
                    if (deliver(message)) {
                        Flags done = new Flags(PROCESSED);
                        done.add(Flags.Flag.SEEN);
                        message.setFlags(done, true);
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

    private boolean deliver(Message message) throws MessagingException {
        InboundMail mail = toInboundMail(message);
        MessageEndpoint endpoint;
        try {
            endpoint = endpoints.createEndpoint(null);
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "No endpoint for the privacy mailbox yet; the message stays for the next look", e);
            return false;
        }
        try {
            ((PrivacyMailListener) endpoint).onPrivacyMail(mail);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Delivering message " + mail.messageId() + " failed; it stays for the next look", e);
            return false;
        } finally {
            endpoint.release();
        }
    }

    static InboundMail toInboundMail(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress internet
                ? internet.getAddress()
                : null;
        String id = message instanceof MimeMessage mime && mime.getMessageID() != null ? mime.getMessageID() : null;
        Instant received =
                message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : Instant.now();
        return new InboundMail(id, sender, message.getSubject(), text(message), received);
    }

    /** The first plain-text part, cut to a length a request's details can hold. */
    private static String text(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                String text = String.valueOf(part.getContent());
                return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
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
            throw new MessagingException("Reading a message's text failed", e);
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

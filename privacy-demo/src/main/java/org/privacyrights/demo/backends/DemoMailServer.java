package org.privacyrights.demo.backends;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IMAP and SMTP on loopback (GreenMail). Each mailbox is opened as Dovecot's master user opens it: the login
 * {@code <mailbox>*<master user>} with the master user's password. Mail the platform sends over SMTP lands in the
 * recipient's inbox (an unknown recipient gets a mailbox of their own) and, for the demo mailbox page, among the
 * latest deliveries this server keeps in memory.
 */
final class DemoMailServer implements AutoCloseable {

    /** Dovecot's separator between mailbox and master user, which the mail connector uses by default. */
    static final String MASTER_SEPARATOR = "*";
    /** How many deliveries the demo mailbox page can show. */
    static final int KEPT = 100;

    private final GreenMail server;
    private final String masterUser;
    private final String masterPassword;
    private final Deque<DeliveredMail> delivered = new ArrayDeque<>();

    DemoMailServer(int imapPort, int smtpPort, String masterUser, String masterPassword) {
        this.server =
                new GreenMail(new ServerSetup[] {
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                    new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
                }) {
                    @Override
                    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
                        Map<String, AbstractServer> services = new HashMap<>(super.createServices(setups, managers));
                        services.replaceAll((protocol, service) -> service instanceof ImapServer
                                ? new PromptImapServer(service.getServerSetup(), managers)
                                : service);
                        return services;
                    }
                };
        this.masterUser = masterUser;
        this.masterPassword = masterPassword;
        MessageDeliveryHandler inbox = server.getUserManager().getMessageDeliveryHandler();
        server.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            keep(recipient.getEmail(), message.getMessage());
            return inbox.handle(message, recipient);
        });
        server.start();
    }

    /** The latest mails delivered over SMTP, newest first. */
    synchronized List<DeliveredMail> delivered() {
        return List.copyOf(delivered);
    }

    private void keep(String recipient, MimeMessage message) throws MessagingException {
        DeliveredMail mail = new DeliveredMail(recipient, message.getSubject(), text(message), Instant.now());
        synchronized (this) {
            delivered.addFirst(mail);
            if (delivered.size() > KEPT) {
                delivered.removeLast();
            }
        }
    }

    /** The plain text of a mail: the platform sends text only. */
    private static String text(MimeMessage message) throws MessagingException {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : "(" + message.getContentType() + ")";
        } catch (IOException e) {
            throw new MessagingException("Reading a delivered mail failed", e);
        }
    }

    /** The mailbox of {@code address}, reachable with the master login only. */
    GreenMailUser mailbox(String address) {
        return server.setUser(address, address + MASTER_SEPARATOR + masterUser, masterPassword);
    }

    /** Stores {@code message} in the mailbox's folder (made on first use), as already read. */
    void store(GreenMailUser mailbox, String folderName, MimeMessage message) throws MessagingException {
        try {
            var folders = server.getManagers().getImapHostManager();
            MailFolder folder = folders.getFolder(mailbox, folderName);
            if (folder == null) {
                folder = folders.createMailbox(mailbox, folderName);
            }
            folder.appendMessage(message, new Flags(Flags.Flag.SEEN), message.getSentDate());
        } catch (FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new MessagingException("The demo mailbox of " + mailbox.getEmail() + " has no " + folderName, e);
        }
    }

    /**
     * GreenMail's IMAP server with Nagle's algorithm off: it writes each answer in several pieces, and with the
     * client's delayed acknowledgement every command otherwise took 40 ms.
     */
    private static final class PromptImapServer extends AbstractServer {

        PromptImapServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            try {
                socket.setTcpNoDelay(true);
            } catch (SocketException e) {
                throw new UncheckedIOException(e);
            }
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

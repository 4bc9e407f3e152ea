package org.privacyrights.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds through the container's mail session ({@code java:app/mail/privacy}), every few
 * seconds. Mails are claimed in one short transaction, sent outside any transaction, and their results recorded
 * one by one, so a slow or failing SMTP server never holds a database transaction open.
 */
@Singleton
@Startup
// Looks at tables the schema migration creates: never before it ran.
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "java:app/mail/privacy")
    Session mailSession;

    @Resource
    TimerService timers;

    @EJB
    OutboxTransactions outbox;

    @Inject
    @ConfigProperty(name = "privacy.outbox.poll-seconds", defaultValue = "5")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    @PostConstruct
    void scheduleDelivery() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox-delivery", false));
    }

    /** Sends now, on a container thread, because a transaction that queued a mail has just committed. */
    @Asynchronous
    public void deliverNow() {
        deliverDue();
    }

    /**
     * One round at a time, not overlapped by the next tick; a call that comes while a round runs makes it go round
     * once more instead of being dropped, so a mail queued meanwhile does not wait for the next tick.
     */
    @Timeout
    void deliverDue() {
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                while (wanted.getAndSet(false)) {
                    deliverRound();
                }
            } finally {
                running.set(false);
            }
        }
    }

    private void deliverRound() {
        try {
            List<OutboxTransactions.PendingMail> batch;
            do {
                batch = outbox.claimDue(BATCH);
                batch.forEach(this::deliver);
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be read; trying again at the next tick", e);
        }
    }

    private void deliver(OutboxTransactions.PendingMail mail) {
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            // RFC 3834: no auto-replies to this mail.
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
            outbox.delivered(mail.id());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + mail.id() + " could not be sent; it will be tried again", e);
            outbox.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

package org.privacyrights.policy.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people about new versions they must accept, in batches, until nobody is left: a new version reaches
 * thousands of people without one long transaction, and a failed batch is simply tried again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PolicyNotices {

    private static final Logger LOG = Logger.getLogger(PolicyNotices.class.getName());

    @Resource
    TimerService timers;

    @EJB
    PolicyNoticeBatch batch;

    @Inject
    @ConfigProperty(name = "privacy.policy.notice-poll-seconds", defaultValue = "60")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("policy-notices", false));
    }

    @Timeout
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (batch.sendNext() == PolicyNoticeBatch.SIZE) {
                // A full batch: there may be more.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Policy notices failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}

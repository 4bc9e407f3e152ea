package org.privacyrights.fulfilment.application;

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

/** Looks for restrictions near their end every few minutes and moves each on (see {@link RestrictionLifts}). */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestrictionEnds {

    private static final Logger LOG = Logger.getLogger(RestrictionEnds.class.getName());

    @Resource
    TimerService timers;

    @EJB
    RestrictionLifts lifts;

    @Inject
    @ConfigProperty(name = "privacy.restriction.poll-seconds", defaultValue = "300")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("restriction-ends", false));
    }

    @Timeout
    void moveOn() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (lifts.advance() == RestrictionLifts.BATCH) {
                // A full batch: there may be more.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending restrictions failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}

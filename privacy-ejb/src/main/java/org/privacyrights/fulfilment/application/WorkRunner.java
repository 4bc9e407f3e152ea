package org.privacyrights.fulfilment.application;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for work every few seconds: takes due tasks (each with a lease, so that no two instances run one) and
 * hands them to the container's asynchronous beans, then completes the requests whose systems are all done. The
 * state lives in the database only: a restarted instance carries on where the last one stopped.
 */
@Singleton
@Startup
// Looks at tables the schema migration creates: never before it ran.
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class.getName());

    @Resource
    TimerService timers;

    @EJB
    TaskClaims claims;

    @EJB
    TaskExecutor executor;

    @EJB
    CompletionTransactions completions;

    @EJB
    RequestCompleter completer;

    @Inject
    @ConfigProperty(name = "privacy.work.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "privacy.work.parallel-tasks", defaultValue = "4")
    int parallelTasks;

    /**
     * Whether this instance carries out work at all. An instance that only serves the portals and the API (or one
     * kept out of the work while it is looked at) leaves the tasks to the others, which find them by their polls.
     */
    @Inject
    @ConfigProperty(name = "privacy.work.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean looking = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final Map<String, Future<Boolean>> completing = new ConcurrentHashMap<>();
    private final Map<Long, Future<Void>> running = new ConcurrentHashMap<>();

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("privacy.work.enabled is false: this instance carries out no tasks");
            return;
        }
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("work-runner", false));
    }

    /** Looks for work now, on a container thread, because a transaction that made some has just committed. */
    @Asynchronous
    public void lookNow() {
        if (enabled) {
            lookForWork();
        }
    }

    /**
     * One look at a time: a call that comes while a look runs is not dropped but makes that look go round once
     * more, so that work committed during a look is seen without waiting for the next tick.
     */
    @Timeout
    void lookForWork() {
        wanted.set(true);
        while (wanted.get() && looking.compareAndSet(false, true)) {
            try {
                while (wanted.getAndSet(false)) {
                    lookOnce();
                }
            } finally {
                looking.set(false);
            }
        }
    }

    private void lookOnce() {
        try {
            running.values().removeIf(Future::isDone);
            // A task this instance still runs stays its own: its lease is renewed at every look.
            claims.renew(running.keySet());
            int free = parallelTasks - running.size();
            if (free > 0) {
                claims.claimDue(free).forEach(task -> running.put(task.taskId(), executor.run(task)));
            }
            completing.values().removeIf(Future::isDone);
            for (CompletionTransactions.Pending pending : completions.ready(parallelTasks)) {
                completing.computeIfAbsent(pending.requestId(), id -> completer.complete(pending));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for work failed; trying again at the next tick", e);
        }
    }
}

package org.privacyrights.connectors.adapter.testing;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What a container gives a resource adapter at start, with a WorkManager on a thread pool of its own. */
public final class TestBootstrapContext implements BootstrapContext, AutoCloseable {

    private final ExecutorService containerThreads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "test-work-manager");
        thread.setDaemon(true);
        return thread;
    });

    private final WorkManager workManager = new WorkManager() {
        @Override
        public void doWork(Work work) {
            work.run();
        }

        @Override
        public void doWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
            work.run();
        }

        @Override
        public long startWork(Work work) {
            containerThreads.submit(work);
            return 0;
        }

        @Override
        public long startWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
            containerThreads.submit(work);
            return 0;
        }

        @Override
        public void scheduleWork(Work work) {
            containerThreads.submit(work);
        }

        @Override
        public void scheduleWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
            containerThreads.submit(work);
        }
    };

    @Override
    public WorkManager getWorkManager() {
        return workManager;
    }

    @Override
    public XATerminator getXATerminator() {
        return null;
    }

    @Override
    public Timer createTimer() {
        return new Timer(true);
    }

    @Override
    public boolean isContextSupported(Class<? extends WorkContext> type) {
        return false;
    }

    @Override
    public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
        return null;
    }

    @Override
    public void close() {
        containerThreads.shutdownNow();
    }
}

package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs one task per mailbox on several IMAP sessions side by side: the calling thread and up to {@code sessions - 1}
 * helpers started through the container's WorkManager (a resource adapter starts no threads of its own). Each
 * mailbox has its own session, so the tasks share nothing but the queue. Results keep the mailboxes' order; the
 * first failure is rethrown once every started task has ended. Without a WorkManager, or when it refuses the
 * work, the calling thread does everything.
 */
final class MailboxFanOut {

    private final WorkManager workManager;
    private final int sessions;

    MailboxFanOut(WorkManager workManager, int sessions) {
        this.workManager = workManager;
        this.sessions = Math.max(1, sessions);
    }

    @FunctionalInterface
    interface MailboxTask<T> {
        T run(String mailbox) throws MessagingException;
    }

    <T> List<T> map(List<String> mailboxes, MailboxTask<T> task) throws MessagingException {
        AtomicReferenceArray<T> results = new AtomicReferenceArray<>(mailboxes.size());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < mailboxes.size() && failure.get() == null; ) {
                try {
                    results.set(i, task.run(mailboxes.get(i)));
                } catch (MessagingException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
                i = next.getAndIncrement();
            }
        };
        int helpers = workManager == null ? 0 : Math.min(sessions, mailboxes.size()) - 1;
        CountDownLatch helpersDone = new CountDownLatch(Math.max(0, helpers));
        for (int h = 0; h < helpers; h++) {
            try {
                workManager.startWork(new Helper(worker, helpersDone));
            } catch (WorkException e) {
                // Refused (e.g. the pool is busy): the threads already running take its share.
                helpersDone.countDown();
            }
        }
        worker.run();
        awaitQuietly(helpersDone);
        Throwable failed = failure.get();
        if (failed instanceof MessagingException messaging) {
            throw messaging;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        List<T> ordered = new ArrayList<>(mailboxes.size());
        for (int i = 0; i < mailboxes.size(); i++) {
            ordered.add(results.get(i));
        }
        return ordered;
    }

    private static void awaitQuietly(CountDownLatch latch) throws MessagingException {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("Interrupted while mailboxes were searched", e);
        }
    }

    private record Helper(Runnable worker, CountDownLatch done) implements Work {

        @Override
        public void run() {
            try {
                worker.run();
            } finally {
                done.countDown();
            }
        }

        @Override
        public void release() {
            // Each mailbox is a short task; the helper ends after the one it is on.
        }
    }
}

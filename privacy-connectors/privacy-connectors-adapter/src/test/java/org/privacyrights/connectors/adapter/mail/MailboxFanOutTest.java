package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;

class MailboxFanOutTest {

    private final TestBootstrapContext container = new TestBootstrapContext();
    private final List<String> mailboxes =
            IntStream.range(0, 40).mapToObj(i -> "box" + i + "@example.org").toList();

    @AfterEach
    void stopContainer() {
        container.close();
    }

    @Test
    void resultsKeepTheMailboxesOrderWhileSeveralThreadsWork() throws Exception {
        // Threads themselves, not their names: the test work manager gives all of its threads one name.
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothStarted = new CountDownLatch(2);
        MailboxFanOut fanOut = new MailboxFanOut(container.getWorkManager(), 3);

        List<String> results = fanOut.map(mailboxes, mailbox -> {
            threads.add(Thread.currentThread().getId());
            bothStarted.countDown();
            // Holds the first tasks until a second thread has one too: proof that they run side by side.
            try {
                bothStarted.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return mailbox.toUpperCase();
        });

        assertThat(results)
                .containsExactlyElementsOf(
                        mailboxes.stream().map(String::toUpperCase).toList());
        assertThat(threads).hasSizeGreaterThan(1);
        assertThat(bothStarted.getCount()).isZero();
    }

    @Test
    void theFirstFailureIsRethrownAfterTheOtherThreadsStopped() {
        MailboxFanOut fanOut = new MailboxFanOut(container.getWorkManager(), 3);

        assertThatThrownBy(() -> fanOut.map(mailboxes, mailbox -> {
                    if (mailbox.equals("box7@example.org")) {
                        throw new MessagingException("box7 is gone");
                    }
                    return mailbox;
                }))
                .isInstanceOf(MessagingException.class)
                .hasMessage("box7 is gone");
    }

    @Test
    void withoutAWorkManagerOrWhenItRefusesTheCallerDoesItAll() throws Exception {
        WorkManager refusing = (WorkManager) Proxy.newProxyInstance(
                WorkManager.class.getClassLoader(), new Class<?>[] {WorkManager.class}, (proxy, method, args) -> {
                    throw new WorkException("busy");
                });
        long caller = Thread.currentThread().getId();

        for (MailboxFanOut fanOut : List.of(new MailboxFanOut(null, 4), new MailboxFanOut(refusing, 4))) {
            Set<Long> threads = ConcurrentHashMap.newKeySet();
            List<String> results = fanOut.map(mailboxes, mailbox -> {
                threads.add(Thread.currentThread().getId());
                return mailbox;
            });
            assertThat(results).containsExactlyElementsOf(mailboxes);
            assertThat(threads).containsExactly(caller);
        }
    }
}

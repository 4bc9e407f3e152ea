package org.privacyrights.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    @Test
    void anIntactChainIsIntact() {
        Chain chain = new Chain();
        chain.write(5);

        ChainVerification verification = ChainVerifier.verify(chain);

        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(5);
    }

    @Test
    void eventsWrittenWhileTheChainIsReadAreLeftToTheNextCheck() {
        Chain chain = new Chain();
        chain.write(5);
        // Another transaction commits two events after the walk has read the last one.
        chain.afterWalk = () -> chain.write(2);

        ChainVerification verification = ChainVerifier.verify(chain);

        assertThat(verification.isIntact()).as(String.valueOf(verification)).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(5);
        assertThat(ChainVerifier.verify(chain).eventsChecked()).isEqualTo(7);
    }

    @Test
    void aDeletedTailIsFound() {
        Chain chain = new Chain();
        chain.write(5);
        chain.events.remove(4);

        ChainVerification verification = ChainVerifier.verify(chain);

        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(5);
    }

    @Test
    void aDeletedEventInTheMiddleIsFound() {
        Chain chain = new Chain();
        chain.write(5);
        chain.events.remove(2);

        ChainVerification verification = ChainVerifier.verify(chain);

        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3);
    }

    /** A chain kept in memory as the database keeps it: the head row and the events, written together. */
    private static final class Chain implements AuditRepository {

        final List<AuditEvent> events = new ArrayList<>();
        private long lastSequence;
        private String lastHash = AuditHasher.GENESIS;
        Runnable afterWalk = () -> {};

        void write(int count) {
            for (int i = 0; i < count; i++) {
                AuditEvent event = new AuditEvent(
                        lastSequence + 1,
                        Instant.parse("2026-12-01T10:00:00Z").plusSeconds(lastSequence),
                        AuditEntry.forRequest("platform", "TESTED", "r-" + i, "s-" + i, "detail " + i),
                        lastHash);
                events.add(event);
                lastSequence = event.sequence();
                lastHash = event.hash();
            }
        }

        @Override
        public AuditChainHead lockHead() {
            return head();
        }

        /** A copy, as a read in its own statement sees the row: later appends do not change it. */
        @Override
        public AuditChainHead head() {
            long sequence = lastSequence;
            String hash = lastHash;
            return new AuditChainHead() {
                @Override
                public long lastSequence() {
                    return sequence;
                }

                @Override
                public String lastHash() {
                    return hash;
                }
            };
        }

        @Override
        public void append(AuditEvent event) {
            events.add(event);
        }

        @Override
        public void forEachInOrder(Predicate<AuditEvent> consumer) {
            for (AuditEvent event : List.copyOf(events)) {
                if (!consumer.test(event)) {
                    break;
                }
            }
            afterWalk.run();
            afterWalk = () -> {};
        }

        @Override
        public List<AuditEvent> forRequest(String requestPublicId) {
            return List.of();
        }

        @Override
        public List<AuditEvent> search(AuditSearch search, int first, int max) {
            return List.of();
        }

        @Override
        public long count(AuditSearch search) {
            return 0;
        }
    }
}

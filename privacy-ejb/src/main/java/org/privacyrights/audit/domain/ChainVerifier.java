package org.privacyrights.audit.domain;

/**
 * Walks the events in sequence order and checks each one: its position follows the previous one (no deleted
 * row), it names the previous hash (no reordering), and its own hash matches its fields (no edited row). The head
 * row must match the last event, which reveals a deleted tail.
 */
public final class ChainVerifier {

    private long expectedSequence = 1;
    private String expectedPrevious = AuditHasher.GENESIS;
    private long checked;
    private ChainVerification failure;

    /**
     * Checks the chain as it stands in {@code repository}: the head first, then the events up to it. Events written
     * while the chain is read come after that head and are left to the next check; reading the head last took them
     * for a deleted tail whenever the platform was busy.
     */
    public static ChainVerification verify(AuditRepository repository) {
        ChainVerifier verifier = new ChainVerifier();
        AuditChainHead head = repository.head();
        long last = head.lastSequence();
        repository.forEachInOrder(event -> event.sequence() <= last && verifier.accept(event));
        return verifier.finish(head);
    }

    /** Feeds the next event; returns false once the chain is broken, so callers can stop reading. */
    public boolean accept(AuditEvent event) {
        if (failure != null) {
            return false;
        }
        checked++;
        if (event.sequence() != expectedSequence) {
            return fail(expectedSequence, "event " + expectedSequence + " is missing");
        }
        if (!event.previousHash().equals(expectedPrevious)) {
            return fail(event.sequence(), "does not link to the event before it");
        }
        if (!AuditHasher.hash(event).equals(event.hash())) {
            return fail(event.sequence(), "its content was changed after it was written");
        }
        expectedSequence++;
        expectedPrevious = event.hash();
        return true;
    }

    /** Completes the check against the stored head of the chain. */
    public ChainVerification finish(AuditChainHead head) {
        if (failure != null) {
            return failure;
        }
        long last = expectedSequence - 1;
        if (head.lastSequence() != last || !head.lastHash().equals(expectedPrevious)) {
            return ChainVerification.broken(
                    checked, last + 1, "events after " + last + " up to " + head.lastSequence() + " are missing");
        }
        return ChainVerification.intact(checked);
    }

    private boolean fail(long sequence, String problem) {
        failure = ChainVerification.broken(checked, sequence, problem);
        return false;
    }
}

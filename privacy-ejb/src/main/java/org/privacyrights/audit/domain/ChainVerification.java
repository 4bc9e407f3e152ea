package org.privacyrights.audit.domain;

import java.util.Optional;

/** The result of checking the chain: intact, or the first broken link and what is wrong with it. */
public record ChainVerification(long eventsChecked, Long firstBrokenSequence, String problem) {

    public static ChainVerification intact(long eventsChecked) {
        return new ChainVerification(eventsChecked, null, null);
    }

    public static ChainVerification broken(long eventsChecked, long sequence, String problem) {
        return new ChainVerification(eventsChecked, sequence, problem);
    }

    public boolean isIntact() {
        return firstBrokenSequence == null;
    }

    public Optional<Long> firstBroken() {
        return Optional.ofNullable(firstBrokenSequence);
    }
}

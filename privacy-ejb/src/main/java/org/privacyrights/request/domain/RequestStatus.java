package org.privacyrights.request.domain;

/** Where a request stands. {@link RequestLifecycle} says which moves between them are legal. */
public enum RequestStatus {
    RECEIVED,
    IDENTITY_UNVERIFIED,
    VERIFIED,
    AWAITING_APPROVAL,
    IN_PROGRESS,
    /** Waiting on input from the subject or a third party; resumes where it paused. */
    PAUSED,
    /** A system failed; retry resumes at the failed system. */
    ERROR,
    COMPLETED,
    REJECTED,
    CANCELLED,
    /** Merged into an earlier request for the same subject and right. */
    DUPLICATE;

    public boolean isTerminal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED || this == DUPLICATE;
    }

    /** Open requests count towards the deadline and show up in the staff queue. */
    public boolean isOpen() {
        return !isTerminal();
    }
}

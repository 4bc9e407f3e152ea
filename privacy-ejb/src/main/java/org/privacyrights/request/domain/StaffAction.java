package org.privacyrights.request.domain;

/**
 * What staff do to a request that moves it. {@link Workflow} says which of them a status allows and who may take
 * them; the moves themselves stay within {@link RequestLifecycle}.
 */
public enum StaffAction {
    /** The requester's address was checked by staff (in person, by phone). */
    VERIFY,
    /** The point of no return: the work in every system is planned and starts. */
    APPROVE,
    /** Refused with a reason the subject is told. */
    REJECT,
    PAUSE,
    /** Continues where the request paused. */
    RESUME,
    /** Runs again the systems that failed; the others stay done. */
    RETRY,
    /** Ends the request without an answer; once work started, only with a decider's reason, and the subject told. */
    CANCEL
}

package org.privacyrights.request.domain;

/** Why a task runs in a system: to carry out the request's right, or to lift a time-limited restriction at its end. */
public enum TaskPurpose {
    APPLY,
    /** Undoes a restriction or a disabled account whose time ran out; the subject was told first (Art. 18(3)). */
    LIFT
}

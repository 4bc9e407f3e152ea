package org.privacyrights.request.domain;

/** The GDPR right a request exercises. */
public enum RequestType {
    /** Art. 13/14: what is processed, why, for how long, by whom. */
    INFORMATION,
    /** Art. 15: a copy of the data plus the facts of its processing. */
    ACCESS,
    /** Art. 16. */
    RECTIFICATION,
    /** Art. 17. */
    ERASURE,
    /** Art. 20. */
    PORTABILITY,
    /** Art. 21. */
    OBJECTION,
    /** Art. 18. */
    RESTRICTION,
    /** Art. 22: human review of a decision based solely on automated processing. */
    AUTOMATED_DECISION_REVIEW;

    /** Destructive or data-changing rights need a staff approval before any system is touched. */
    public boolean changesData() {
        return this == RECTIFICATION || this == ERASURE || this == OBJECTION || this == RESTRICTION;
    }
}

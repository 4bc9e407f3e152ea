package org.privacyrights.request.domain;

/** What the systems do for an upheld objection. */
public enum ObjectionAction {
    /** The subject's addresses leave every mailing list. */
    UNSUBSCRIBE,
    /** The account is kept but disabled: no login, no mail in or out, as mail administrators do. */
    DISABLE_ACCOUNT,
    /** Processing stops: the processing flag is set in every system that has one; the data is kept. */
    STOP_PROCESSING
}

package org.privacyrights.request.domain;

import jakarta.ejb.ApplicationException;

/**
 * A staff action the request's state does not allow, such as a retry of a request that is paused rather than in
 * error, or the approval of one whose address is not proven. Names the status and the reason.
 */
@ApplicationException(rollback = true)
public class ActionRefusedException extends IllegalTransitionException {

    private static final long serialVersionUID = 1L;

    private final StaffAction action;

    public ActionRefusedException(StaffAction action, RequestStatus from, RequestStatus to, String why) {
        super(from, to, "A request that is " + from + " cannot be " + pastTense(action) + " (to " + to + "): " + why);
        this.action = action;
    }

    public StaffAction action() {
        return action;
    }

    private static String pastTense(StaffAction action) {
        return switch (action) {
            case VERIFY -> "verified";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case PAUSE -> "paused";
            case RESUME -> "resumed";
            case RETRY -> "retried";
            case CANCEL -> "cancelled";
        };
    }
}

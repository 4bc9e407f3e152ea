package org.privacyrights.request.domain;

import jakarta.ejb.ApplicationException;

/** An action this state allows only to a decider (ADMIN, DPO), such as cancelling work that has started. */
@ApplicationException(rollback = true)
public class DeciderRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StaffAction action;

    public DeciderRequiredException(StaffAction action, RequestStatus status, String why) {
        super("Only an administrator or the DPO may " + action.name().toLowerCase(java.util.Locale.ROOT)
                + " a request that is " + status + ": " + why);
        this.action = action;
    }

    public StaffAction action() {
        return action;
    }
}

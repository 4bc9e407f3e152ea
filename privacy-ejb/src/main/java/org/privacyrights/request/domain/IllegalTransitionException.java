package org.privacyrights.request.domain;

import jakarta.ejb.ApplicationException;

/** A move the lifecycle does not allow, e.g. approving a request that is already completed. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalTransitionException(RequestStatus from, RequestStatus to) {
        this(from, to, "A request that is " + from + " cannot become " + to);
    }

    protected IllegalTransitionException(RequestStatus from, RequestStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }
}

package org.privacyrights.request.application;

import jakarta.ejb.ApplicationException;

/** The same {@code Idempotency-Key} came with a different body. */
@ApplicationException(rollback = true)
public class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used with a different request body");
    }
}

package org.privacyrights.platform;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist, or the caller may not know that it does: both look the same. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

package org.privacyrights.platform;

import jakarta.ejb.ApplicationException;

/**
 * A caller who may use the operation but not for this object, such as a system's key vouching for an address
 * outside the domains it speaks for. The message says why; nothing was changed.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}

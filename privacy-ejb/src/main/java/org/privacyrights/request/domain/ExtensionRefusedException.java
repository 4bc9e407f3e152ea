package org.privacyrights.request.domain;

import jakarta.ejb.ApplicationException;

/** Art. 12(3) allows one extension, with reasons, given while the first month runs. */
@ApplicationException(rollback = true)
public class ExtensionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtensionRefusedException(String message) {
        super(message);
    }
}

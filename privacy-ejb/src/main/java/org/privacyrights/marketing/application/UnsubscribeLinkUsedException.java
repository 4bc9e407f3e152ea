package org.privacyrights.marketing.application;

import jakarta.ejb.ApplicationException;

/** Another transaction used the same unsubscribe link at the same moment and won; this one changed nothing. */
@ApplicationException(rollback = true)
public class UnsubscribeLinkUsedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsubscribeLinkUsedException(Throwable cause) {
        super("The unsubscribe link was used at the same moment", cause);
    }
}

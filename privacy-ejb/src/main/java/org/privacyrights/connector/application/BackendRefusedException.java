package org.privacyrights.connector.application;

import org.privacyrights.connectors.api.ConnectorException;

/** A connected system refused an operation for a reason a retry will not change (bad input, permissions). */
public class BackendRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String system;

    public BackendRefusedException(ConnectorException cause) {
        super(cause.getMessage(), cause);
        this.system = cause.system();
    }

    public String system() {
        return system;
    }
}

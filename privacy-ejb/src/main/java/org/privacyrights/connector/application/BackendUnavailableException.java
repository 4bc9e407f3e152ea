package org.privacyrights.connector.application;

import org.privacyrights.connectors.api.ConnectorException;

/** A connected system failed in a way that may pass (down, timed out, connection lost): worth retrying later. */
public class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String system;

    public BackendUnavailableException(ConnectorException cause) {
        super(cause.getMessage(), cause);
        this.system = cause.system();
    }

    public String system() {
        return system;
    }
}

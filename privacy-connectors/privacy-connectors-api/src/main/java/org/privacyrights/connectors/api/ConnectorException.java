package org.privacyrights.connectors.api;

import java.util.Optional;

/**
 * A backend operation failed. Names the system and, where known, the record, so that a workflow can record
 * exactly what is left to do.
 */
public class ConnectorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String system;
    private final String record;
    private final boolean transientFailure;

    public ConnectorException(String system, String record, String message, boolean transientFailure, Throwable cause) {
        super("[" + system + (record == null ? "" : " " + record) + "] " + message, cause);
        this.system = system;
        this.record = record;
        this.transientFailure = transientFailure;
    }

    public String system() {
        return system;
    }

    public Optional<String> record() {
        return Optional.ofNullable(record);
    }

    /** True when the same call may succeed later (network, timeout, backend restarting). */
    public boolean isTransient() {
        return transientFailure;
    }
}

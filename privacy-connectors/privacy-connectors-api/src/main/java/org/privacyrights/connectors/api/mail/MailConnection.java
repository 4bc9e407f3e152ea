package org.privacyrights.connectors.api.mail;

import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.HealthReport;

/** A handle on a pooled mail-store connection. Get one per operation and close it with try-with-resources. */
public interface MailConnection extends AutoCloseable {

    /** Asks the server to answer (IMAP NOOP) and reports how long it took; never throws for a down backend. */
    HealthReport checkHealth();

    /** The name of the system this connection reaches, as used in findings and errors. */
    String systemName() throws ConnectorException;

    @Override
    void close();
}

package org.privacyrights.connectors.api.mail;

import java.io.Serializable;
import org.privacyrights.connectors.api.ConnectorException;

/** Hands out connections to the configured mail store. Look it up by its {@code java:app/} name. */
public interface MailConnectionFactory extends Serializable {

    MailConnection getConnection() throws ConnectorException;
}

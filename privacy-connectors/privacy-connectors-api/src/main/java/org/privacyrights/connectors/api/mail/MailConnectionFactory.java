package org.privacyrights.connectors.api.mail;

import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.PrivacyConnectionFactory;

/** Hands out connections to one mail system (IMAP store plus its user database). Look it up by its java:app/ name. */
public interface MailConnectionFactory extends PrivacyConnectionFactory {

    @Override
    MailConnection getConnection() throws ConnectorException;
}

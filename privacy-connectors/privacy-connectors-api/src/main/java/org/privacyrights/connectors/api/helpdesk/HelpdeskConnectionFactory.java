package org.privacyrights.connectors.api.helpdesk;

import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.PrivacyConnectionFactory;

/** Hands out connections to one SQL help desk. Look it up by its java:app/ name. */
public interface HelpdeskConnectionFactory extends PrivacyConnectionFactory {

    @Override
    HelpdeskConnection getConnection() throws ConnectorException;
}

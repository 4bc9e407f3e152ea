package org.privacyrights.connectors.api.dav;

import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.PrivacyConnectionFactory;

/** Hands out connections to one CardDAV/CalDAV server. Look it up by its java:app/ name. */
public interface DavConnectionFactory extends PrivacyConnectionFactory {

    @Override
    DavConnection getConnection() throws ConnectorException;
}

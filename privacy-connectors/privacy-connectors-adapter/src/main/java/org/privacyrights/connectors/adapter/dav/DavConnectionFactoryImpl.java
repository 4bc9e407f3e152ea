package org.privacyrights.connectors.adapter.dav;

import jakarta.resource.spi.ConnectionManager;
import org.privacyrights.connectors.adapter.AdapterConnectionFactory;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.dav.DavConnection;
import org.privacyrights.connectors.api.dav.DavConnectionFactory;

/** What the container binds under this connector's JNDI name. */
class DavConnectionFactoryImpl extends AdapterConnectionFactory implements DavConnectionFactory {

    private static final long serialVersionUID = 1L;

    DavConnectionFactoryImpl(DavManagedConnectionFactory factory, ConnectionManager connectionManager) {
        super(factory, factory.getSystemName(), connectionManager);
    }

    @Override
    public DavConnection getConnection() throws ConnectorException {
        return allocate(DavConnection.class);
    }
}

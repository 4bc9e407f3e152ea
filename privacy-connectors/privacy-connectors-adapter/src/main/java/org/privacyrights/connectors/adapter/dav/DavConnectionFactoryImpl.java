package org.privacyrights.connectors.adapter.dav;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.dav.DavConnection;
import org.privacyrights.connectors.api.dav.DavConnectionFactory;

/** What the container binds under the DAV server's JNDI name. */
class DavConnectionFactoryImpl implements DavConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final DavManagedConnectionFactory factory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    DavConnectionFactoryImpl(DavManagedConnectionFactory factory, ConnectionManager connectionManager) {
        this.factory = factory;
        this.connectionManager = connectionManager;
    }

    @Override
    public DavConnection getConnection() throws ConnectorException {
        try {
            return (DavConnection) connectionManager.allocateConnection(factory, null);
        } catch (ResourceException e) {
            throw new ConnectorException(factory.getSystemName(), null, e.getMessage(), true, e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}

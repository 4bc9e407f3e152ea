package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnectionFactory;

/** What the container binds under the help desk's JNDI name. */
class HelpdeskConnectionFactoryImpl implements HelpdeskConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final HelpdeskManagedConnectionFactory factory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    HelpdeskConnectionFactoryImpl(HelpdeskManagedConnectionFactory factory, ConnectionManager connectionManager) {
        this.factory = factory;
        this.connectionManager = connectionManager;
    }

    @Override
    public HelpdeskConnection getConnection() throws ConnectorException {
        try {
            return (HelpdeskConnection) connectionManager.allocateConnection(factory, null);
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

package org.privacyrights.connectors.adapter;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ManagedConnectionFactory;
import javax.naming.Reference;
import org.privacyrights.connectors.api.ConnectorException;

/**
 * What the container binds under a connector's JNDI name: hands out handles through the container's connection
 * manager, so that pooling, validation and sign-on stay the container's.
 */
public abstract class AdapterConnectionFactory implements Referenceable {

    private static final long serialVersionUID = 1L;

    private final ManagedConnectionFactory factory;
    private final String systemName;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    protected AdapterConnectionFactory(ManagedConnectionFactory factory, String systemName, ConnectionManager manager) {
        this.factory = factory;
        this.systemName = systemName;
        this.connectionManager = manager;
    }

    /** A handle from the pool; a pool that cannot give one is a transient failure of the system. */
    protected <C> C allocate(Class<C> type) throws ConnectorException {
        try {
            return type.cast(connectionManager.allocateConnection(factory, null));
        } catch (ResourceException e) {
            throw new ConnectorException(systemName, null, e.getMessage(), true, e);
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

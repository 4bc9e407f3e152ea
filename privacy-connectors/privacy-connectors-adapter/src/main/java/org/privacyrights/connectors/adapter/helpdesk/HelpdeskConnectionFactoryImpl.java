package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.resource.spi.ConnectionManager;
import org.privacyrights.connectors.adapter.AdapterConnectionFactory;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnectionFactory;

/** What the container binds under this connector's JNDI name. */
class HelpdeskConnectionFactoryImpl extends AdapterConnectionFactory implements HelpdeskConnectionFactory {

    private static final long serialVersionUID = 1L;

    HelpdeskConnectionFactoryImpl(HelpdeskManagedConnectionFactory factory, ConnectionManager connectionManager) {
        super(factory, factory.getSystemName(), connectionManager);
    }

    @Override
    public HelpdeskConnection getConnection() throws ConnectorException {
        return allocate(HelpdeskConnection.class);
    }
}

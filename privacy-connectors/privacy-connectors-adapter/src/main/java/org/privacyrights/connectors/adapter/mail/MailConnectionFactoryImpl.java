package org.privacyrights.connectors.adapter.mail;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.mail.MailConnection;
import org.privacyrights.connectors.api.mail.MailConnectionFactory;

/** What the container binds under the connection factory's JNDI name. */
class MailConnectionFactoryImpl implements MailConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final MailManagedConnectionFactory factory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    MailConnectionFactoryImpl(MailManagedConnectionFactory factory, ConnectionManager connectionManager) {
        this.factory = factory;
        this.connectionManager = connectionManager;
    }

    @Override
    public MailConnection getConnection() throws ConnectorException {
        try {
            return (MailConnection) connectionManager.allocateConnection(factory, null);
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

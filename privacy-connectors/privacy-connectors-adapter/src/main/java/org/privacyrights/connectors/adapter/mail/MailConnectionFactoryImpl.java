package org.privacyrights.connectors.adapter.mail;

import jakarta.resource.spi.ConnectionManager;
import org.privacyrights.connectors.adapter.AdapterConnectionFactory;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.mail.MailConnection;
import org.privacyrights.connectors.api.mail.MailConnectionFactory;

/** What the container binds under this connector's JNDI name. */
class MailConnectionFactoryImpl extends AdapterConnectionFactory implements MailConnectionFactory {

    private static final long serialVersionUID = 1L;

    MailConnectionFactoryImpl(MailManagedConnectionFactory factory, ConnectionManager connectionManager) {
        super(factory, factory.getSystemName(), connectionManager);
    }

    @Override
    public MailConnection getConnection() throws ConnectorException {
        return allocate(MailConnection.class);
    }
}

package org.privacyrights.connectors.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import jakarta.resource.spi.work.WorkManager;
import java.io.PrintWriter;

/** The parts of a connection definition that are the same for every backend family. */
public abstract class AdapterManagedConnectionFactory
        implements ManagedConnectionFactory,
                ResourceAdapterAssociation,
                TransactionSupport,
                ValidatingManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    /** The connectors need the container's pooling and sign-on; outside a container there is none. */
    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new jakarta.resource.NotSupportedException(getClass().getSimpleName() + " runs inside a container only");
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    /** The container's WorkManager for work a connection spreads over threads; null outside a container. */
    public WorkManager workManager() {
        return resourceAdapter instanceof PrivacyResourceAdapter adapter ? adapter.workManager() : null;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }
}

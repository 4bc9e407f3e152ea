package org.privacyrights.connectors.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The privacy connectors adapter. Outbound connection definitions live beside each backend family; the adapter
 * keeps the container's {@link WorkManager} for work that must not run on raw threads.
 */
@Connector(
        displayName = "Privacy connectors",
        description = "Finds, exports, corrects, restricts and erases personal data in mail and help-desk backends.",
        vendorName = "Privacy rights platform",
        eisType = "Mail and help-desk systems",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class PrivacyResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(PrivacyResourceAdapter.class.getName());

    private transient WorkManager workManager;

    @Override
    public void start(BootstrapContext context) {
        this.workManager = context.getWorkManager();
        LOG.info("Privacy connectors adapter started");
    }

    @Override
    public void stop() {
        workManager = null;
        LOG.info("Privacy connectors adapter stopped");
    }

    /** The container's work manager, or {@code null} before {@link #start} and after {@link #stop}. */
    public WorkManager workManager() {
        return workManager;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec)
            throws ResourceException {
        throw new jakarta.resource.NotSupportedException("This adapter version has no inbound endpoints");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        // No inbound endpoints are ever activated, so there is nothing to deactivate.
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrivacyResourceAdapter;
    }

    @Override
    public int hashCode() {
        return PrivacyResourceAdapter.class.hashCode();
    }
}

package org.privacyrights.connectors.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.privacyrights.connectors.adapter.inbound.MailboxPoller;
import org.privacyrights.connectors.adapter.inbound.PrivacyMailboxActivationSpec;

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
    private final transient Map<Activated, MailboxPoller> pollers = new ConcurrentHashMap<>();

    @Override
    public void start(BootstrapContext context) {
        this.workManager = context.getWorkManager();
        LOG.info("Privacy connectors adapter started");
    }

    @Override
    public void stop() {
        pollers.values().forEach(MailboxPoller::release);
        pollers.clear();
        workManager = null;
        LOG.info("Privacy connectors adapter stopped");
    }

    /** The container's work manager, or {@code null} before {@link #start} and after {@link #stop}. */
    public WorkManager workManager() {
        return workManager;
    }

    /** Starts watching the privacy mailbox for this endpoint, as container Work. */
    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec)
            throws ResourceException {
        if (!(spec instanceof PrivacyMailboxActivationSpec mailbox)) {
            throw new jakarta.resource.NotSupportedException("Unknown activation spec " + spec);
        }
        mailbox.validate();
        if (!mailbox.isEnabled()) {
            LOG.info("Privacy mailbox is switched off (enabled=false): requests by mail are not read");
            return;
        }
        if (workManager == null) {
            throw new jakarta.resource.spi.ResourceAdapterInternalException("The adapter is not started");
        }
        MailboxPoller poller = new MailboxPoller(mailbox, endpointFactory);
        pollers.put(new Activated(endpointFactory, spec), poller);
        workManager.scheduleWork(poller, WorkManager.INDEFINITE, null, null);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        MailboxPoller poller = pollers.remove(new Activated(endpointFactory, spec));
        if (poller != null) {
            poller.release();
        }
    }

    /** One activation: the endpoint and the spec it was activated with, compared by identity. */
    private record Activated(MessageEndpointFactory factory, ActivationSpec spec) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Activated that && factory == that.factory && spec == that.spec;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(factory) * 31 + System.identityHashCode(spec);
        }
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

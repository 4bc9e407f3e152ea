package org.privacyrights.request.inbound;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.privacyrights.connectors.api.inbound.InboundMail;
import org.privacyrights.connectors.api.inbound.PrivacyMailListener;
import org.privacyrights.connectors.api.inbound.QuarantinedMail;

/**
 * Receives the mails of the privacy mailbox from the resource adapter. The request is committed by the time this
 * method returns, and only then does the adapter mark the mail processed. Which adapter and mailbox are the
 * installation's settings (system properties, see config/).
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "resourceAdapter",
                    propertyValue = "${privacy.inbound.resource-adapter}"),
            @ActivationConfigProperty(propertyName = "enabled", propertyValue = "${privacy.inbound.enabled}"),
            @ActivationConfigProperty(propertyName = "host", propertyValue = "${privacy.inbound.host}"),
            @ActivationConfigProperty(propertyName = "port", propertyValue = "${privacy.inbound.port}"),
            @ActivationConfigProperty(propertyName = "ssl", propertyValue = "${privacy.inbound.ssl}"),
            @ActivationConfigProperty(
                    propertyName = "allowPlaintext",
                    propertyValue = "${privacy.inbound.allow-plaintext}"),
            @ActivationConfigProperty(propertyName = "user", propertyValue = "${privacy.inbound.user}"),
            @ActivationConfigProperty(propertyName = "password", propertyValue = "${privacy.inbound.password}"),
            @ActivationConfigProperty(propertyName = "folder", propertyValue = "${privacy.inbound.folder}"),
            @ActivationConfigProperty(
                    propertyName = "pollIntervalSeconds",
                    propertyValue = "${privacy.inbound.poll-interval-seconds}"),
            @ActivationConfigProperty(
                    propertyName = "maxDeliveryAttempts",
                    propertyValue = "${privacy.inbound.max-delivery-attempts}")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrivacyMailboxListener implements PrivacyMailListener {

    @EJB
    InboundRequests inbound;

    @EJB
    SetAsideMails setAside;

    /** The request commits inside {@link InboundRequests#receive}; a failure there leaves the mail unprocessed. */
    @Override
    public void onPrivacyMail(InboundMail mail) {
        inbound.receive(mail);
    }

    /** Recorded for staff in its own transaction; only then does the adapter flag the mail set aside. */
    @Override
    public void onQuarantined(QuarantinedMail mail) {
        setAside.record(mail);
    }
}

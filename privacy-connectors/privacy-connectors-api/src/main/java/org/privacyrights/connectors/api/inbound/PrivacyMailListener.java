package org.privacyrights.connectors.api.inbound;

/**
 * The message listener type of the privacy mailbox. A message counts as processed only when this method returns
 * normally (for a message-driven bean: after its transaction committed); otherwise it is delivered again later.
 */
public interface PrivacyMailListener {

    void onPrivacyMail(InboundMail mail) throws Exception;
}

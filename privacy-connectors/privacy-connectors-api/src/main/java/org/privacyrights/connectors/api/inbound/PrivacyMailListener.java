package org.privacyrights.connectors.api.inbound;

/**
 * The message listener type of the privacy mailbox. A message counts as processed only when this method returns
 * normally (for a message-driven bean: after its transaction committed); otherwise it is delivered again later.
 */
public interface PrivacyMailListener {

    void onPrivacyMail(InboundMail mail) throws Exception;

    /**
     * A message that could not be read or delivered several times in a row and is now set aside, for staff to see.
     * The message is flagged set aside only when this returns normally; otherwise it is reported again later.
     */
    void onQuarantined(QuarantinedMail mail) throws Exception;
}

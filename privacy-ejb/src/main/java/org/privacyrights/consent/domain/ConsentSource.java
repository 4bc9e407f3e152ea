package org.privacyrights.consent.domain;

import org.privacyrights.platform.InvalidInputException;

/**
 * How and from where a decision was made: the channel (webmail, helpdesk, chat, portal, mail), the action taken
 * ("ticked the newsletter box", "one-click unsubscribe"), the network prefix and the user agent.
 */
public record ConsentSource(String channel, String action, String network, String userAgent) {

    private static final int MAX_USER_AGENT = 500;

    /**
     * The source as another system reports it: an address that is not a literal IP is bad input, named as
     * {@code ipAddress}; the user agent is cut to the stored length.
     */
    public static ConsentSource reported(String channel, String action, String ipAddress, String userAgent) {
        try {
            return new ConsentSource(
                    channel, action, NetworkPrefix.of(ipAddress).orElse(null), agent(userAgent));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("ipAddress", "is not an IP address");
        }
    }

    /**
     * The source of a decision made by a browser or mail client we answered directly: its address truncated to its
     * network (left out if it is not a literal address), its user agent cut to the stored length.
     */
    public static ConsentSource ofClient(String channel, String action, String ipAddress, String userAgent) {
        String network;
        try {
            network = NetworkPrefix.of(ipAddress).orElse(null);
        } catch (IllegalArgumentException e) {
            network = null;
        }
        return new ConsentSource(channel, action, network, agent(userAgent));
    }

    private static String agent(String userAgent) {
        return userAgent == null || userAgent.isBlank()
                ? null
                : userAgent.substring(0, Math.min(MAX_USER_AGENT, userAgent.length()));
    }
}

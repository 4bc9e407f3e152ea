package org.privacyrights.consent.domain;

/**
 * How and from where a decision was made: the channel (webmail, helpdesk, chat, portal, mail), the action taken
 * ("ticked the newsletter box", "one-click unsubscribe"), the network prefix and the user agent.
 */
public record ConsentSource(String channel, String action, String network, String userAgent) {

    private static final int MAX_USER_AGENT = 500;

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
        String agent = userAgent == null || userAgent.isBlank()
                ? null
                : userAgent.substring(0, Math.min(MAX_USER_AGENT, userAgent.length()));
        return new ConsentSource(channel, action, network, agent);
    }
}

package org.privacyrights.consent.domain;

/**
 * How and from where a decision was made: the channel (webmail, helpdesk, chat, portal, mail), the action taken
 * ("ticked the newsletter box", "one-click unsubscribe"), the network prefix and the user agent.
 */
public record ConsentSource(String channel, String action, String network, String userAgent) {}

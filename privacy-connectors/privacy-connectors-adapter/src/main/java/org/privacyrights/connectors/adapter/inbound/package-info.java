/**
 * Inbound: the adapter watches the privacy mailbox through the container's WorkManager and delivers each new message
 * to the activated endpoint; a message is flagged processed only after the endpoint returned normally.
 */
package org.privacyrights.connectors.adapter.inbound;

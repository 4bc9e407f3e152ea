/** Requests that arrive by mail: what the adapter delivers from the privacy mailbox to a message-driven bean. */
package org.privacyrights.connectors.api.inbound;

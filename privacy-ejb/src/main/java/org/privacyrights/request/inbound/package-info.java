/** Requests that arrive by mail: the privacy mailbox's message-driven bean and what it makes of a mail. */
package org.privacyrights.request.inbound;

/** The mail backend family as applications see it: a mail store reached over IMAP with the master user. */
package org.privacyrights.connectors.api.mail;

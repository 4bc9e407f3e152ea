/**
 * The quick start's demo mailbox page ({@code /demo/mailbox.xhtml}): the mails the platform sent to the demo SMTP
 * server, codes and links included, where a newcomer reads them. Served by the demo WAR only while the demo
 * backends run; the platform itself keeps no mail's text once it was sent.
 */
package org.privacyrights.demo.mailbox;

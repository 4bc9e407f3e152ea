/**
 * The quick start's demo backends: a mail system and a help desk on loopback, in memory, filled with generated
 * people at {@code demo.example} (the same people as the platform's demonstration requests), so that a request
 * approved in the quick start finds, exports and erases real mail and help-desk data through the platform's
 * connectors. The servers are those the configuration points the connectors at: GreenMail for IMAP and SMTP (each
 * mailbox opened with the master user's login, as Dovecot does), H2's TCP server for the mail system's user
 * database and the help desk's database. They run only where {@code privacy.demo.enabled=true}, start their own
 * server threads (as any mail or database server does) and are generated afresh at every start.
 */
package org.privacyrights.demo.backends;

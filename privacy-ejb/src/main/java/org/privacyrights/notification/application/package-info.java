/** Writing mails into the outbox inside the transaction that decides to send them. */
package org.privacyrights.notification.application;

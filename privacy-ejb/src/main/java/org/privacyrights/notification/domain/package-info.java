/** Mails to data subjects: the outbox entry and the templates they are written from. */
package org.privacyrights.notification.domain;

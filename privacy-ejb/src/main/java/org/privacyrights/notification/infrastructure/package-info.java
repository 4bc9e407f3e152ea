/** Delivering the outbox through the container's mail session, claimed so that several instances can share it. */
package org.privacyrights.notification.infrastructure;

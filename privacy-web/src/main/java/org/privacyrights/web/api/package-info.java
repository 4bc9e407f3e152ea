/**
 * The REST API under {@code /api/v1}: request submission and status for subjects and other systems, and the staff
 * actions under {@code /admin}. Resources are thin: they validate transport concerns and call the EJB boundaries.
 */
package org.privacyrights.web.api;

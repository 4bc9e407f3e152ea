/**
 * The request boundary: submitting a request and every staff action on it, each a container-managed transaction
 * with its role check and audit event; and the read side, which returns DTOs, never entities.
 */
package org.privacyrights.request.application;

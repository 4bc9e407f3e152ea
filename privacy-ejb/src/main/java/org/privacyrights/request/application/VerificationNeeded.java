package org.privacyrights.request.application;

import org.privacyrights.request.domain.PrivacyRequest;

/** Fired, inside the submitting transaction, for a request whose contact address must now be proven. */
public record VerificationNeeded(PrivacyRequest request) {}

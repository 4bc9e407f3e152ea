package org.privacyrights.apiclient.application;

import java.time.Instant;

/** An API client as administrators see it; the key itself is shown once, when it is issued. */
public record ApiClientView(String name, Instant createdAt, String createdBy, Instant revokedAt) {}

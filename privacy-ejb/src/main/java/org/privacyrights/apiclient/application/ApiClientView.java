package org.privacyrights.apiclient.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.privacyrights.apiclient.domain.ApiScope;

/**
 * An API client as administrators see it, with what its key may do; the key itself is shown once, when it is
 * issued.
 */
public record ApiClientView(
        String name,
        Instant createdAt,
        String createdBy,
        Instant revokedAt,
        Set<ApiScope> scopes,
        String vouchSystem,
        List<String> vouchDomains) {}

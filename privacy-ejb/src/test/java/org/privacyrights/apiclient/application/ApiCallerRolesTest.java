package org.privacyrights.apiclient.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.privacyrights.apiclient.domain.ApiClient;
import org.privacyrights.apiclient.domain.ApiKeys;
import org.privacyrights.apiclient.domain.ApiScope;
import org.privacyrights.security.Roles;

/** A key's caller holds SYSTEM and the roles of its scopes, and the cache answers with them. */
class ApiCallerRolesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aCallerHoldsTheRolesOfItsScopesOnly() {
        ApiClient client = new ApiClient(
                "helpdesk",
                ApiKeys.hash(ApiKeys.newKey()),
                EnumSet.of(ApiScope.CHECK_CONSENT, ApiScope.LOGIN_GATE),
                null,
                null,
                NOW,
                "admin");

        ApiCaller caller = ApiClients.caller(client);

        assertThat(caller.client()).isEqualTo("helpdesk");
        assertThat(caller.roles())
                .containsExactlyInAnyOrder(Roles.SYSTEM, Roles.SCOPE_CHECK_CONSENT, Roles.SCOPE_LOGIN_GATE);
    }

    @Test
    void theCacheKeepsTheScopesSoACheckNeedsNoLookup() {
        ApiKeyCache cache = new ApiKeyCache();
        ApiCaller caller = new ApiCaller("helpdesk", java.util.Set.of(Roles.SYSTEM, Roles.SCOPE_CHECK_CONSENT));
        cache.remember("hash", caller, NOW);

        assertThat(cache.caller("hash", NOW.plusSeconds(59))).contains(caller);
        assertThat(cache.caller("hash", NOW.plus(ApiKeyCache.TIME_TO_LIVE).plusSeconds(1)))
                .isEmpty();
        cache.forget("hash");
        assertThat(cache.caller("hash", NOW)).isEmpty();
    }
}

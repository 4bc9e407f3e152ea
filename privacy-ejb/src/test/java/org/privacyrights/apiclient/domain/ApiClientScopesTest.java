package org.privacyrights.apiclient.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.privacyrights.security.Roles;

/** What a key may do is chosen when it is issued; vouching only by name, for one system and its own domains. */
class ApiClientScopesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aKeyHoldsExactlyTheScopesItWasIssuedWith() {
        ApiClient checker = client(EnumSet.of(ApiScope.CHECK_CONSENT), null, null);

        assertThat(checker.scopes()).containsExactly(ApiScope.CHECK_CONSENT);
        assertThat(checker.has(ApiScope.RECORD_CONSENT)).isFalse();
        assertThat(checker.speaksFor("anyone@example.org"))
                .as("no vouching scope")
                .isFalse();
    }

    @Test
    void aKeyWithoutScopesIsNotIssued() {
        assertThatThrownBy(() -> client(EnumSet.noneOf(ApiScope.class), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one scope");
    }

    @Test
    void vouchingNeedsTheSystemItRepresentsAndTheDomainsItSpeaksFor() {
        Set<ApiScope> vouch = EnumSet.of(ApiScope.VOUCH_FOR_LOGGED_IN_USER);
        assertThatThrownBy(() -> client(vouch, null, List.of("example.org"))).hasMessageContaining("names the system");
        assertThatThrownBy(() -> client(vouch, "Webmail", List.of())).hasMessageContaining("domains");
        assertThatThrownBy(() -> client(vouch, "Webmail", List.of("not a domain")))
                .hasMessageContaining("not an address domain");
        assertThatThrownBy(() -> client(EnumSet.of(ApiScope.CHECK_CONSENT), "Webmail", List.of("example.org")))
                .as("a domain without the vouching scope would suggest a right the key does not have")
                .hasMessageContaining("only with the vouching scope");
    }

    @Test
    void aVouchingKeySpeaksOnlyForAddressesInItsOwnDomains() {
        ApiClient webmail = client(
                EnumSet.of(ApiScope.VOUCH_FOR_LOGGED_IN_USER), " Webmail ", List.of("Example.org", "mail.example.net"));

        assertThat(webmail.vouchSystem()).contains("Webmail");
        assertThat(webmail.vouchDomains()).containsExactly("example.org", "mail.example.net");
        assertThat(webmail.speaksFor("ada@example.org")).isTrue();
        assertThat(webmail.speaksFor("ada@EXAMPLE.ORG")).isTrue();
        assertThat(webmail.speaksFor("ada@mail.example.net")).isTrue();
        assertThat(webmail.speaksFor("victim@other.test")).isFalse();
        assertThat(webmail.speaksFor("ada@sub.example.org"))
                .as("a subdomain is named or refused")
                .isFalse();
        assertThat(webmail.speaksFor("ada@example.org.evil.test")).isFalse();
        assertThat(webmail.speaksFor("example.org")).isFalse();
    }

    @Test
    void keysFromBeforeScopesKeepEverythingButVouching() {
        assertThat(ApiScope.withoutVouching())
                .containsExactlyInAnyOrder(
                        ApiScope.RECORD_CONSENT,
                        ApiScope.CHECK_CONSENT,
                        ApiScope.LOGIN_GATE,
                        ApiScope.UNSUBSCRIBE_HEADERS)
                .doesNotContain(ApiScope.VOUCH_FOR_LOGGED_IN_USER);
    }

    @Test
    void everyScopeIsARoleOfItsOwnThatNoStaffMemberHolds() {
        assertThat(Arrays.stream(ApiScope.values()).map(ApiScope::role))
                .doesNotHaveDuplicates()
                .doesNotContain(Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR, Roles.SYSTEM, Roles.SUBJECT)
                .containsExactlyInAnyOrder(
                        Roles.SCOPE_RECORD_CONSENT,
                        Roles.SCOPE_CHECK_CONSENT,
                        Roles.SCOPE_LOGIN_GATE,
                        Roles.SCOPE_UNSUBSCRIBE_HEADERS,
                        Roles.SCOPE_VOUCH);
    }

    private static ApiClient client(Set<ApiScope> scopes, String system, List<String> domains) {
        return new ApiClient("webmail", ApiKeys.hash(ApiKeys.newKey()), scopes, system, domains, NOW, "admin");
    }
}

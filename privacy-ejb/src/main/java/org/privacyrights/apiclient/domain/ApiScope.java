package org.privacyrights.apiclient.domain;

import java.util.EnumSet;
import java.util.Set;
import org.privacyrights.security.Roles;

/**
 * What an administrator lets one system's key do. Each scope is a role the key's caller holds, so the EJB
 * boundaries check it as they check staff roles, with no lookup per call.
 */
public enum ApiScope {
    /** {@code POST /api/v1/consents}: record a person's consent decision. */
    RECORD_CONSENT(Roles.SCOPE_RECORD_CONSENT),
    /** {@code GET /api/v1/consents/check}: ask whether a person consented to a purpose. */
    CHECK_CONSENT(Roles.SCOPE_CHECK_CONSENT),
    /** {@code /api/v1/acknowledgements}: the login gate for policy versions to accept. */
    LOGIN_GATE(Roles.SCOPE_LOGIN_GATE),
    /** {@code /api/v1/consents/unsubscribe-headers}: signed one-click unsubscribe links for a recipient. */
    UNSUBSCRIBE_HEADERS(Roles.SCOPE_UNSUBSCRIBE_HEADERS),
    /**
     * {@code POST /api/v1/requests} with {@code loggedIn: true}: the system vouches that its logged-in user holds
     * the address, so no code is mailed. Only for addresses in the key's domains, and the address is told.
     */
    VOUCH_FOR_LOGGED_IN_USER(Roles.SCOPE_VOUCH);

    private final String role;

    ApiScope(String role) {
        this.role = role;
    }

    /** The role a caller with this scope holds. */
    public String role() {
        return role;
    }

    /** What keys issued before scopes existed keep: everything but vouching, which is granted only explicitly. */
    public static Set<ApiScope> withoutVouching() {
        return EnumSet.complementOf(EnumSet.of(VOUCH_FOR_LOGGED_IN_USER));
    }
}

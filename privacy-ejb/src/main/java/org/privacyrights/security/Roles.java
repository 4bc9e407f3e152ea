package org.privacyrights.security;

/** Role names as used in {@code @RolesAllowed}, the identity stores and the portals. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String DPO = "DPO";
    public static final String AGENT = "AGENT";
    public static final String AUDITOR = "AUDITOR";
    /** Another system of the organisation (webmail, help desk, chat) calling with its API key. */
    public static final String SYSTEM = "SYSTEM";
    /**
     * What a system's API key allows, one role per scope the administrator granted it (see
     * {@code org.privacyrights.apiclient.domain.ApiScope}); a key holds {@link #SYSTEM} and the roles of its scopes.
     */
    public static final String SCOPE_RECORD_CONSENT = "API_RECORD_CONSENT";

    public static final String SCOPE_CHECK_CONSENT = "API_CHECK_CONSENT";
    public static final String SCOPE_LOGIN_GATE = "API_LOGIN_GATE";
    public static final String SCOPE_UNSUBSCRIBE_HEADERS = "API_UNSUBSCRIBE_HEADERS";
    /** Filing requests for a logged-in user with the address taken as proven: granted only explicitly. */
    public static final String SCOPE_VOUCH = "API_VOUCH";

    /** A data subject who has proven control of an identity. */
    public static final String SUBJECT = "SUBJECT";

    private Roles() {}
}

package org.privacyrights.security;

/** Role names as used in {@code @RolesAllowed}, the identity stores and the portals. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String DPO = "DPO";
    public static final String AGENT = "AGENT";
    public static final String AUDITOR = "AUDITOR";
    /** Another system of the organisation (webmail, help desk, chat) calling with its API key. */
    public static final String SYSTEM = "SYSTEM";
    /** A data subject who has proven control of an identity. */
    public static final String SUBJECT = "SUBJECT";

    private Roles() {}
}

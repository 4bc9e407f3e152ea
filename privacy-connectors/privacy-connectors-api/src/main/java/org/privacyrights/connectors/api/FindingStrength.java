package org.privacyrights.connectors.api;

/**
 * Why a record was found, strongest first. Staff see findings grouped by it, exports are grouped by it, and an
 * erasure acts on its own only on {@link #OWN} and {@link #ADDRESSED}.
 */
public enum FindingStrength {
    /** In the subject's own account or mailbox. */
    OWN,
    /** The subject is a party to it: their identity stands in an address or owner field. */
    ADDRESSED,
    /** The subject's identity appears in its text, an attachment or a forwarded part: erased only by a staff decision. */
    MENTIONED,
    /** Only the subject's name appears: shown to staff, never exported or erased automatically. */
    POSSIBLE;

    /** Whether an erasure acts on such a record without a decision for that record. */
    public boolean erasedByDefault() {
        return this == OWN || this == ADDRESSED;
    }

    /** Whether the record belongs in an export of the subject's data. */
    public boolean exported() {
        return this != POSSIBLE;
    }
}

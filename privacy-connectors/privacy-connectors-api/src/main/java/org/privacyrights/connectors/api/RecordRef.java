package org.privacyrights.connectors.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * One record a connector found: an id the same connector understands again (for export, erasure), its data category,
 * where it lives and why it was found. Ids are stable across runs, so an operation can be repeated safely.
 */
public record RecordRef(String id, String category, String location, FindingStrength strength) implements Serializable {

    public RecordRef {
        Objects.requireNonNull(strength, "strength");
    }

    /** A record found by the subject's own identity (an account, a ticket under their customer id). */
    public RecordRef(String id, String category, String location) {
        this(id, category, location, FindingStrength.OWN);
    }
}

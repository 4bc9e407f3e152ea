package org.privacyrights.connectors.api;

import java.io.Serializable;

/** What an operation did to one record. Running it again gives the same outcome, or ALREADY_DONE. */
public record RecordOutcome(String recordId, Action action, String detail) implements Serializable {

    public enum Action {
        ERASED,
        ANONYMISED,
        RECTIFIED,
        RESTRICTED,
        RESTRICTION_LIFTED,
        /** The change was made by an earlier run: nothing left to do. */
        ALREADY_DONE,
        /** Kept on purpose, e.g. under a legal hold; {@code detail} says why. */
        KEPT,
        /** Only mentions the subject: left in place until staff decide on this record (see {@link ErasurePolicy}). */
        AWAITS_DECISION
    }
}

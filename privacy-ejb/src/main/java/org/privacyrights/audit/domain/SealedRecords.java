package org.privacyrights.audit.domain;

import java.util.Optional;

/**
 * Records kept outside the audit chain whose seals the chain repeats (consent records, acknowledgements). The chain
 * check asks each kind whether anything was changed or removed since it was written.
 */
public interface SealedRecords {

    /** The first change found; empty when every record still matches its seal. */
    Optional<Tampering> firstTampering();

    /** What was found, at the audit event that vouches for the record. */
    record Tampering(long auditSequence, String problem) {}
}

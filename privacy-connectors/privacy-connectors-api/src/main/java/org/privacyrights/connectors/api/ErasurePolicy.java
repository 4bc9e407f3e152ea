package org.privacyrights.connectors.api;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an erasure may touch in one system: data categories held under a legal hold are kept (Art. 17(3)), with the
 * reason; categories staff chose to keep for this request are kept too. Records that only mention the subject are
 * erased only where staff decided so for that record ({@code erasedMentions}, by record id).
 */
public record ErasurePolicy(Map<String, String> legalHolds, Set<String> keptCategories, Set<String> erasedMentions)
        implements Serializable {

    public ErasurePolicy {
        legalHolds = Map.copyOf(legalHolds);
        keptCategories = Set.copyOf(keptCategories);
        erasedMentions = Set.copyOf(erasedMentions);
    }

    public ErasurePolicy(Map<String, String> legalHolds, Set<String> keptCategories) {
        this(legalHolds, keptCategories, Set.of());
    }

    public static ErasurePolicy eraseAll() {
        return new ErasurePolicy(Map.of(), Set.of());
    }

    /** Why records of this category must be kept, or empty when they may be erased. */
    public Optional<String> keepReason(String category) {
        if (legalHolds.containsKey(category)) {
            return Optional.of("legal hold: " + legalHolds.get(category));
        }
        if (keptCategories.contains(category)) {
            return Optional.of("kept by decision for this request");
        }
        return Optional.empty();
    }

    /**
     * Whether an erasure removes this record: its category is not kept, and it is the subject's own or addressed to
     * them, or staff decided to erase this mention.
     */
    public boolean erases(RecordRef record) {
        return keepReason(record.category()).isEmpty()
                && (record.strength().erasedByDefault() || erasedMentions.contains(record.id()));
    }
}

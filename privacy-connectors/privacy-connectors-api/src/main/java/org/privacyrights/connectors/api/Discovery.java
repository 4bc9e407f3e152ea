package org.privacyrights.connectors.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What one system holds about a subject. */
public record Discovery(String system, List<RecordRef> records) implements Serializable {

    public Discovery {
        records = List.copyOf(records);
    }

    /** Counts per data category and location, as shown to staff and in the Art. 15 summary. */
    public Map<String, Long> countsByCategoryAndLocation() {
        return records.stream()
                .collect(Collectors.groupingBy(
                        r -> r.category() + " @ " + r.location(), TreeMap::new, Collectors.counting()));
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }
}

package org.privacyrights.connectors.api;

import java.io.Serializable;
import java.util.Set;

/**
 * Which data categories an export writes. Access takes everything; portability (Art. 20) leaves out what others hold
 * about the subject (their copies of the subject's mail, their address books and calendars), which the subject did
 * not provide.
 */
public record ExportScope(Set<String> excludedCategories) implements Serializable {

    public static final ExportScope ALL = new ExportScope(Set.of());

    public ExportScope {
        excludedCategories = Set.copyOf(excludedCategories);
    }

    public boolean includes(String category) {
        return !excludedCategories.contains(category);
    }
}

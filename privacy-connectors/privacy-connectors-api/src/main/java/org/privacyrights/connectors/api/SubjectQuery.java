package org.privacyrights.connectors.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose data to look for: only identities the subject has proven to control. Email addresses are compared
 * case-insensitively; customer ids are per system ({@code system -> id}).
 */
public record SubjectQuery(Set<String> emailAddresses, Map<String, String> customerIds) implements Serializable {

    public SubjectQuery {
        emailAddresses = emailAddresses.stream()
                .map(address -> address.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        customerIds = Map.copyOf(customerIds);
        if (emailAddresses.isEmpty() && customerIds.isEmpty()) {
            throw new IllegalArgumentException("A subject query needs at least one identity");
        }
    }

    public static SubjectQuery byEmail(String... addresses) {
        return new SubjectQuery(Set.of(addresses), Map.of());
    }
}

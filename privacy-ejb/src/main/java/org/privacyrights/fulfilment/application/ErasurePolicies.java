package org.privacyrights.fulfilment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.connectors.api.ErasurePolicy;

/**
 * What an erasure keeps (Art. 17(3)), per installation: legal holds per data category with their reason, e.g.
 * {@code helpdesk.ticket=invoices: retention under § 147 AO}, and categories kept by default under a documented
 * exception (by default the subject's messages in colleagues' mailboxes, which are those colleagues' records too).
 */
@ApplicationScoped
public class ErasurePolicies {

    @Inject
    @ConfigProperty(name = "privacy.erasure.legal-holds", defaultValue = " ")
    String legalHolds;

    @Inject
    @ConfigProperty(name = "privacy.erasure.kept-categories", defaultValue = "mail.message.other-mailbox")
    String keptCategories;

    /** The installation's policy: its legal holds and the categories it keeps by default. */
    public ErasurePolicy standard() {
        return new ErasurePolicy(holds(legalHolds), kept(keptCategories));
    }

    /** For one request: the legal holds always, and the kept categories staff chose for it, or the default. */
    public ErasurePolicy forRequest(java.util.Optional<Set<String>> keptForRequest) {
        return new ErasurePolicy(holds(legalHolds), keptForRequest.orElseGet(() -> kept(keptCategories)));
    }

    /** {@code category=reason; category=reason}; a malformed entry names itself. */
    static Map<String, String> holds(String setting) {
        Map<String, String> holds = new LinkedHashMap<>();
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalStateException(
                        "privacy.erasure.legal-holds: '" + entry.strip() + "' is not category=reason");
            }
            holds.put(
                    entry.substring(0, equals).strip(),
                    entry.substring(equals + 1).strip());
        }
        return holds;
    }

    static Set<String> kept(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(category -> !category.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

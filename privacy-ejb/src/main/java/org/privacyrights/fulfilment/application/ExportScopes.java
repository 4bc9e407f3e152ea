package org.privacyrights.fulfilment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.request.domain.RequestType;

/**
 * What an export holds per right. Access (Art. 15) gets every record. Portability (Art. 20) gets what the subject
 * provided: their own mailbox, account and lists, their own address books and calendars, their help-desk account
 * and conversations; not what other people hold about them (colleagues' copies of their mail, others' address
 * books and calendars), which is configurable per installation.
 */
@ApplicationScoped
public class ExportScopes {

    @Inject
    @ConfigProperty(
            name = "privacy.portability.excluded-categories",
            defaultValue = "mail.message.other-mailbox, contacts.vcard, calendar.event")
    String portabilityExcluded;

    public ExportScope forType(RequestType type) {
        if (type != RequestType.PORTABILITY) {
            return ExportScope.ALL;
        }
        return new ExportScope(Arrays.stream(portabilityExcluded.split(","))
                .map(String::strip)
                .filter(category -> !category.isEmpty())
                .collect(Collectors.toSet()));
    }
}

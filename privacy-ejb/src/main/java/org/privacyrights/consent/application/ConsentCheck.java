package org.privacyrights.consent.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.security.Roles;

/**
 * The hot path other systems call before they process: one indexed query on the current state, no transaction of
 * its own. An unknown subject has granted nothing.
 */
@Stateless
@RolesAllowed(Roles.SCOPE_CHECK_CONSENT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConsentCheck {

    @Inject
    ConsentRepository consents;

    public ConsentAnswer check(String email, String purpose) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw new InvalidInputException("subject", "is required: the person's email address");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 60) {
            throw new InvalidInputException("purpose", "is required");
        }
        return consents.check(email, purpose)
                .map(row -> new ConsentAnswer(purpose, Boolean.TRUE.equals(row.granted()), row.recordId()))
                .orElseThrow(() -> new NotFoundException("Purpose '" + purpose + "'"));
    }
}

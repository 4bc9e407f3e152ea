package org.privacyrights.verification.application;

import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;

/** An identity a requester says is also theirs: another email address, or a customer number in one system. */
public record IdentityClaim(IdentityKind kind, String system, String value) {

    /** Exactly one of an address and a customer number; a customer number names its system. */
    public static IdentityClaim of(String email, String customerId, String system) {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasCustomerId = customerId != null && !customerId.isBlank();
        if (hasEmail == hasCustomerId) {
            throw new InvalidInputException("email", "give either an email address or a customer number");
        }
        if (hasEmail) {
            return new IdentityClaim(
                    IdentityKind.EMAIL,
                    SubjectIdentity.ANY_SYSTEM,
                    SubjectIdentity.normalize(IdentityKind.EMAIL, email));
        }
        if (system == null || system.isBlank()) {
            throw new InvalidInputException("system", "a customer number names the system it belongs to");
        }
        return new IdentityClaim(IdentityKind.CUSTOMER_ID, system.strip(), customerId.strip());
    }

    /** The key rate limits count under: the same for a known and an unknown identity. */
    String rateKey() {
        return rateKey(kind, system, value);
    }

    /** The same key for an identity named by a challenge. */
    static String rateKey(IdentityKind kind, String system, String value) {
        return kind + ":" + system + ":" + value;
    }
}

package org.privacyrights.marketing.domain;

import java.time.Instant;
import java.util.Optional;

public interface SignupRepository {

    void store(MarketingSignup signup);

    /** The sign-up with this token, locked for the confirming transaction. */
    Optional<MarketingSignup> byTokenHash(String tokenHash);

    /** Removes sign-ups nobody confirmed before they expired; answers how many. */
    int deleteExpired(Instant now);
}

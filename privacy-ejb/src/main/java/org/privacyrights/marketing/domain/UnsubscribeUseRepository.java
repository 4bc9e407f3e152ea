package org.privacyrights.marketing.domain;

import java.util.Optional;

/** Used one-click unsubscribe links. */
public interface UnsubscribeUseRepository {

    Optional<UnsubscribeUse> byTokenHash(String tokenHash);

    /**
     * Records a use and writes it at once, so that a second transaction using the same link fails here (or when
     * it commits) instead of doing the work twice.
     */
    void claim(UnsubscribeUse use);
}

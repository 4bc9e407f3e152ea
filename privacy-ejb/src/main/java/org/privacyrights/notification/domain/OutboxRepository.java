package org.privacyrights.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where outbox mails wait. */
public interface OutboxRepository {

    void store(OutboxMail mail);

    Optional<OutboxMail> find(Long id);

    /** Ids of mails due for a delivery attempt and not claimed by anyone else. */
    List<Long> due(Instant now, int max);

    /** Claims one mail until {@code until}; false when another instance claimed it first. */
    boolean claim(Long id, Instant now, Instant until);
}

package org.privacyrights.demo.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.privacyrights.request.domain.RequestStatus;

/**
 * Where the {@code i}-th demonstration request goes and when: every sixth waits for its code, some are rejected or
 * paused, recent ones wait for approval, older ones completed after 2 to 14 days. Never a move in the future.
 */
final class DemoPlan {

    static final String REJECTION = "We could not find the account you named.";

    private DemoPlan() {}

    record Move(RequestStatus status, Instant at) {}

    static Instant received(int i, Instant now) {
        return now.minus(Duration.ofHours(i * 61L + 3));
    }

    static List<Move> moves(int i, Instant now) {
        Instant received = received(i, now);
        List<Move> moves = new ArrayList<>();
        moves.add(new Move(RequestStatus.IDENTITY_UNVERIFIED, received));
        if (i % 6 == 5) {
            return moves;
        }
        moves.add(new Move(RequestStatus.VERIFIED, received.plus(Duration.ofMinutes(20))));
        Instant completed = received.plus(Duration.ofDays(2 + i % 13));
        if (i % 6 == 4) {
            moves.add(new Move(RequestStatus.REJECTED, received.plus(Duration.ofDays(1))));
        } else if (i % 6 == 3 && i > 6) {
            moves.add(new Move(RequestStatus.PAUSED, received.plus(Duration.ofDays(1))));
        } else if (i < 6 || completed.isAfter(now)) {
            moves.add(new Move(RequestStatus.AWAITING_APPROVAL, received.plus(Duration.ofHours(1))));
        } else {
            moves.add(new Move(RequestStatus.IN_PROGRESS, received.plus(Duration.ofDays(1))));
            moves.add(new Move(RequestStatus.COMPLETED, completed));
        }
        return moves;
    }
}

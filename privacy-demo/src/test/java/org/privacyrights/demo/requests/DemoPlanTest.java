package org.privacyrights.demo.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.privacyrights.request.domain.RequestLifecycle;
import org.privacyrights.request.domain.RequestStatus;

class DemoPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theDemoFillsEveryStateAQueueHoldsAndMovesOnlyInThePast() {
        Map<RequestStatus, Long> finalStates = IntStream.range(0, DemoData.REQUESTS)
                .mapToObj(i -> last(DemoPlan.moves(i, NOW)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(finalStates)
                .containsOnlyKeys(
                        RequestStatus.IDENTITY_UNVERIFIED,
                        RequestStatus.AWAITING_APPROVAL,
                        RequestStatus.PAUSED,
                        RequestStatus.REJECTED,
                        RequestStatus.COMPLETED);
        assertThat(finalStates.get(RequestStatus.COMPLETED)).isGreaterThan(10);
        for (int i = 0; i < DemoData.REQUESTS; i++) {
            List<DemoPlan.Move> moves = DemoPlan.moves(i, NOW);
            RequestStatus from = RequestStatus.RECEIVED;
            Instant before = DemoPlan.received(i, NOW);
            for (DemoPlan.Move move : moves) {
                RequestLifecycle.check(from, move.status());
                assertThat(move.at()).isAfterOrEqualTo(before).isBefore(NOW);
                from = move.status();
                before = move.at();
            }
        }
    }

    private static RequestStatus last(List<DemoPlan.Move> moves) {
        return moves.get(moves.size() - 1).status();
    }
}

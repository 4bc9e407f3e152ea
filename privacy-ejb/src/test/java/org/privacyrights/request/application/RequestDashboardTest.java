package org.privacyrights.request.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDashboardTest {

    @Test
    void theMedianOfAnOddNumberIsTheMiddleOne() {
        assertThat(RequestDashboard.medianDays(List.of(Duration.ofDays(9), Duration.ofDays(1), Duration.ofHours(36))))
                .isEqualTo(1.5);
    }

    @Test
    void theMedianOfAnEvenNumberLiesBetweenTheMiddleTwo() {
        assertThat(RequestDashboard.medianDays(
                        List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(4), Duration.ofDays(30))))
                .isEqualTo(3.0);
    }

    @Test
    void withNothingCompletedThereIsNoMedian() {
        assertThat(RequestDashboard.medianDays(List.of())).isNull();
    }
}

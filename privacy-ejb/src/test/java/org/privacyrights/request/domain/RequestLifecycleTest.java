package org.privacyrights.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RequestLifecycleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RECEIVED, IDENTITY_UNVERIFIED",
        "IDENTITY_UNVERIFIED, VERIFIED",
        "VERIFIED, AWAITING_APPROVAL",
        "AWAITING_APPROVAL, IN_PROGRESS",
        "IN_PROGRESS, COMPLETED",
        "IN_PROGRESS, ERROR",
        "ERROR, IN_PROGRESS",
        "IN_PROGRESS, PAUSED",
        "PAUSED, IN_PROGRESS",
        "AWAITING_APPROVAL, REJECTED",
        "IDENTITY_UNVERIFIED, DUPLICATE",
        "VERIFIED, CANCELLED"
    })
    void theHappyPathAndItsDetoursAreAllowed(RequestStatus from, RequestStatus to) {
        assertThat(RequestLifecycle.isAllowed(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @CsvSource({
        "RECEIVED, COMPLETED",
        "IDENTITY_UNVERIFIED, IN_PROGRESS",
        "IDENTITY_UNVERIFIED, AWAITING_APPROVAL",
        "IN_PROGRESS, CANCELLED",
        "ERROR, COMPLETED",
        "COMPLETED, IN_PROGRESS",
        "REJECTED, VERIFIED"
    })
    void shortcutsAndGoingBackAreRefusedWithBothStatesNamed(RequestStatus from, RequestStatus to) {
        assertThatThrownBy(() -> RequestLifecycle.check(from, to))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(from.name())
                .hasMessageContaining(to.name());
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestStatus.class,
            names = {"COMPLETED", "REJECTED", "CANCELLED", "DUPLICATE"})
    void terminalStatesLeadNowhere(RequestStatus terminal) {
        assertThat(RequestLifecycle.nextStates(terminal)).isEmpty();
        assertThat(terminal.isTerminal()).isTrue();
    }

    @Test
    void everyOpenStateHasAWayOut() {
        for (RequestStatus status : EnumSet.allOf(RequestStatus.class)) {
            if (status.isOpen()) {
                assertThat(RequestLifecycle.nextStates(status))
                        .as(status.name())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void nothingUnverifiedReachesTheSystems() {
        for (RequestStatus early : EnumSet.of(RequestStatus.RECEIVED, RequestStatus.IDENTITY_UNVERIFIED)) {
            assertThat(RequestLifecycle.nextStates(early))
                    .doesNotContain(RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_APPROVAL);
        }
    }
}

package org.privacyrights.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.privacyrights.verification.domain.RateLimit;

class SignInLimitsTest {

    @Test
    void stepsOfTheBackoffAreReadWithTheirWindowsAndBucketsOfTheirOwn() {
        assertThat(SignInLimits.parse("signin-user", "10/1m, 20/15m,40/1h , 100/1d, 3/10s"))
                .containsExactly(
                        new RateLimit("signin-user-60s", 10, Duration.ofMinutes(1)),
                        new RateLimit("signin-user-900s", 20, Duration.ofMinutes(15)),
                        new RateLimit("signin-user-3600s", 40, Duration.ofHours(1)),
                        new RateLimit("signin-user-86400s", 100, Duration.ofDays(1)),
                        new RateLimit("signin-user-10s", 3, Duration.ofSeconds(10)));
    }

    @Test
    void noStepsMeansNoLimit() {
        assertThat(SignInLimits.parse("signin-ip", " ")).isEmpty();
        assertThat(SignInLimits.parse("signin-ip", null)).isEmpty();
        assertThat(SignInLimits.parse("signin-ip", "off")).isEmpty();
    }

    @Test
    void malformedStepsAndWindowsLongerThanADayAreRefusedWithTheStepNamed() {
        assertThatThrownBy(() -> SignInLimits.parse("b", "10 per minute")).hasMessageContaining("10 per minute");
        assertThatThrownBy(() -> SignInLimits.parse("b", "x/1m")).hasMessageContaining("x/1m");
        assertThatThrownBy(() -> SignInLimits.parse("b", "5/1w")).hasMessageContaining("1w");
        assertThatThrownBy(() -> SignInLimits.parse("b", "5/2d")).hasMessageContaining("a day");
        assertThatThrownBy(() -> SignInLimits.parse("b", "5/0m")).hasMessageContaining("0m");
    }
}

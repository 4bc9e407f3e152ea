package org.privacyrights.staff.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyrights.verification.application.RateLimitedException;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.domain.RateLimit;

class SignInThrottleTest {

    /** Counts in memory as the database would: refused events are not counted. */
    private final Map<String, Integer> counts = new HashMap<>();

    private final List<String> consumed = new ArrayList<>();
    private boolean rolledBack;
    private final SignInThrottle throttle = throttle("3/1m, 5/1h", "10/1m");

    @Test
    void theUsersStepsGiveAGrowingWait() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("Ada", "192.0.2.1");
        }
        assertThatThrownBy(() -> throttle.admit("ada", "192.0.2.1"))
                .isInstanceOfSatisfying(SignInThrottledException.class, refused -> {
                    assertThat(refused.scope()).isEqualTo(SignInThrottledException.Scope.USER);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
                });
        assertThat(rolledBack).isTrue();

        counts.remove("signin-user-60s|ada");
        throttle.admit("ada", "192.0.2.1");
        throttle.admit("ada", "192.0.2.1");
        assertThatThrownBy(() -> throttle.admit("ada", "192.0.2.1"))
                .isInstanceOfSatisfying(SignInThrottledException.class, refused -> assertThat(refused.retryAfter())
                        .isEqualTo(Duration.ofHours(1)));
    }

    @Test
    void anAddressTryingManyNamesIsStoppedWhateverTheName() {
        for (int i = 0; i < 10; i++) {
            throttle.admit("name" + i, "192.0.2.7");
        }
        assertThatThrownBy(() -> throttle.admit("someone-else", "192.0.2.7"))
                .isInstanceOfSatisfying(SignInThrottledException.class, refused -> assertThat(refused.scope())
                        .isEqualTo(SignInThrottledException.Scope.ADDRESS));
        assertThat(consumed).doesNotContain("signin-user-60s|someone-else");
        throttle.admit("someone-else", "198.51.100.1");
    }

    private SignInThrottle throttle(String perUser, String perAddress) {
        SignInThrottle throttle = new SignInThrottle();
        throttle.settings = new StaffSecuritySettings();
        throttle.settings.perUser = perUser;
        throttle.settings.perAddress = perAddress;
        throttle.rateLimiter = new RateLimiter() {
            @Override
            public void consume(RateLimit limit, String key) {
                String counter = limit.bucket() + "|" + key;
                if (!limit.allowsAnother(counts.getOrDefault(counter, 0))) {
                    throw new RateLimitedException(limit.window());
                }
                counts.merge(counter, 1, Integer::sum);
                consumed.add(counter);
            }
        };
        throttle.context = (SessionContext) Proxy.newProxyInstance(
                SessionContext.class.getClassLoader(), new Class<?>[] {SessionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setRollbackOnly")) {
                        rolledBack = true;
                    }
                    return null;
                });
        return throttle;
    }
}

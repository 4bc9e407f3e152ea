package org.privacyrights.web.config.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private final VerifiedCredentialCache cache =
            new VerifiedCredentialCache("instance-key-of-32-bytes-exactly".getBytes(), Duration.ofSeconds(60), 3);

    @Test
    void aMatchIsFoundOnlyForTheSameUserAndPasswordAndOnlyWithinItsLifetime() {
        cache.remember("ada", "right password".toCharArray(), "s1", Set.of("AGENT"), NOW);

        assertThat(cache.find("ada", "right password".toCharArray(), NOW.plusSeconds(59)))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.username()).isEqualTo("ada");
                    assertThat(entry.stamp()).isEqualTo("s1");
                    assertThat(entry.roles()).containsExactly("AGENT");
                });
        assertThat(cache.find("ada", "wrong password".toCharArray(), NOW)).isEmpty();
        assertThat(cache.find("ada", "right passwor".toCharArray(), NOW)).isEmpty();
        assertThat(cache.find("bob", "right password".toCharArray(), NOW)).isEmpty();
        assertThat(cache.find("ada", "right password".toCharArray(), NOW.plusSeconds(60)))
                .isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aUserAndPasswordThatRunTogetherDifferentlyAreDifferentEntries() {
        cache.remember("ad", "aright password".toCharArray(), "s1", Set.of(), NOW);

        assertThat(cache.find("ada", "right password".toCharArray(), NOW)).isEmpty();
    }

    @Test
    void forgettingAUserDropsEachOfTheirMatches() {
        cache.remember("ada", "first password".toCharArray(), "s1", Set.of(), NOW);
        cache.remember("ada", "second password".toCharArray(), "s1", Set.of(), NOW);
        cache.remember("bob", "bobs password".toCharArray(), "s2", Set.of(), NOW);

        cache.forget("ada");

        assertThat(cache.find("ada", "first password".toCharArray(), NOW)).isEmpty();
        assertThat(cache.find("ada", "second password".toCharArray(), NOW)).isEmpty();
        assertThat(cache.find("bob", "bobs password".toCharArray(), NOW)).isPresent();
    }

    @Test
    void theCacheStaysWithinItsCapacity() {
        for (int i = 0; i < 10; i++) {
            cache.remember("user" + i, "password".toCharArray(), "s", Set.of(), NOW);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
        assertThat(cache.find("user9", "password".toCharArray(), NOW)).isPresent();
    }

    @Test
    void aLifetimeOfZeroRemembersNothing() {
        VerifiedCredentialCache off = new VerifiedCredentialCache(new byte[32], Duration.ZERO, 3);
        off.remember("ada", "right password".toCharArray(), "s1", Set.of(), NOW);

        assertThat(off.find("ada", "right password".toCharArray(), NOW)).isEmpty();
    }
}

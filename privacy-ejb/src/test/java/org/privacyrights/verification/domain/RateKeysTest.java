package org.privacyrights.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateKeysTest {

    @Test
    void identitiesAreFoldedAsACaseAndAccentInsensitiveBackendMatchesThem() {
        assertThat(RateKeys.identity("CUSTOMER_ID:helpdesk:C-ÄB1 "))
                .isEqualTo(RateKeys.identity("customer_id:HELPDESK:c-ab1"))
                .isEqualTo(RateKeys.identity("CUSTOMER_ID:helpdesk:C-A\u0308B1"));
        assertThat(RateKeys.identity(" Ada@Example.ORG")).isEqualTo("ada@example.org");
        assertThat(RateKeys.identity("Ｃ-１")).as("full-width forms").isEqualTo("c-1");
        assertThat(RateKeys.identity("c-1")).isNotEqualTo(RateKeys.identity("c-2"));
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64AndIpv4PerAddress() {
        assertThat(RateKeys.client("2001:db8:1:2:aaaa::1"))
                .isEqualTo(RateKeys.client("2001:DB8:1:2:ffff:ffff:ffff:ffff"))
                .isEqualTo(RateKeys.client("[2001:db8:1:2::7]"))
                .isEqualTo(RateKeys.client("2001:db8:1:2::7%eth0"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(RateKeys.client("2001:db8:1:3::1")).isNotEqualTo(RateKeys.client("2001:db8:1:2::1"));
        assertThat(RateKeys.client("192.0.2.1")).isEqualTo("192.0.2.1").isNotEqualTo(RateKeys.client("192.0.2.2"));
        assertThat(RateKeys.client("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void somethingThatIsNotAnAddressIsCountedAsWrittenWithoutAskingDns() {
        assertThat(RateKeys.client("Localhost")).isEqualTo("localhost");
        assertThat(RateKeys.client("999.1.1.1")).isEqualTo("999.1.1.1");
    }

    @Test
    void windowsAreAlignedSoThatEveryInstanceCountsInTheSameOne() {
        RateLimit hourly = new RateLimit("verify-ip", 5, Duration.ofHours(1), true);

        assertThat(hourly.windowStart(Instant.parse("2026-12-04T16:59:59Z")))
                .isEqualTo(Instant.parse("2026-12-04T16:00:00Z").getEpochSecond());
        assertThat(hourly.windowStart(Instant.parse("2026-12-04T17:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-04T17:00:00Z").getEpochSecond());
        assertThat(hourly.countedKey("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(new RateLimit("code-address", 5, Duration.ofHours(1)).countedKey("A@B.test"))
                .isEqualTo("a@b.test");
    }

    @Test
    void thePreviousWindowWeighsInSoThatABurstAtItsEndIsNotFollowedByAFreshAllowance() {
        RateLimit hourly = new RateLimit("code-address", 5, Duration.ofHours(1));

        assertThat(hourly.allowance(5, Instant.parse("2026-12-04T17:00:01Z"))).isZero();
        assertThat(hourly.allowance(5, Instant.parse("2026-12-04T17:30:00Z"))).isEqualTo(2);
        assertThat(hourly.allowance(5, Instant.parse("2026-12-04T17:59:59Z"))).isEqualTo(4);
        assertThat(hourly.allowance(0, Instant.parse("2026-12-04T17:00:01Z"))).isEqualTo(5);
        assertThat(hourly.previousWindowStart(Instant.parse("2026-12-04T17:10:00Z")))
                .isEqualTo(Instant.parse("2026-12-04T16:00:00Z").getEpochSecond());
    }
}

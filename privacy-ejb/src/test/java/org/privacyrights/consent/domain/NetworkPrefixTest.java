package org.privacyrights.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPrefixTest {

    @Test
    void anIpv4AddressKeepsItsSlash24() {
        assertThat(NetworkPrefix.of("203.0.113.77")).contains("203.0.113.0/24");
    }

    @Test
    void anIpv6AddressKeepsItsSlash48() {
        assertThat(NetworkPrefix.of("2001:db8:abcd:12:1:2:3:4")).contains("2001:db8:abcd:0:0:0:0:0/48");
        assertThat(NetworkPrefix.of("[2001:db8:abcd::1]")).contains("2001:db8:abcd:0:0:0:0:0/48");
    }

    @Test
    void anIpv4MappedAddressIsTreatedAsIpv4() {
        assertThat(NetworkPrefix.of("::ffff:198.51.100.9")).contains("198.51.100.0/24");
    }

    @Test
    void noAddressIsNoNetwork() {
        assertThat(NetworkPrefix.of(null)).isEmpty();
        assertThat(NetworkPrefix.of("  ")).isEmpty();
    }

    /** Host names are refused before anything could look them up. */
    @ParameterizedTest
    @ValueSource(strings = {"example.org", "localhost", "256.1.1.1", "1.2.3", "1.2.3.4.5", "::g", "1.2.3.4; rm"})
    void anythingButALiteralAddressIsRefused(String notAnAddress) {
        assertThatThrownBy(() -> NetworkPrefix.of(notAnAddress))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an IP address");
    }
}

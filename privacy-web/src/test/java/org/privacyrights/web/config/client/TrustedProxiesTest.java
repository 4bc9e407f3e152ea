package org.privacyrights.web.config.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies BALANCERS = TrustedProxies.parse("10.0.0.0/8, 192.168.7.1, 2001:db8:1::/48");

    @Test
    void withoutTrustedProxiesEveryForwardingHeaderIsIgnored() {
        TrustedProxies none = TrustedProxies.parse("");

        assertThat(none.client("198.51.100.4", List.of("for=203.0.113.1"), List.of("203.0.113.2")))
                .isEqualTo("198.51.100.4");
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
    }

    @Test
    void anUntrustedPeerCannotNameAnotherClient() {
        assertThat(BALANCERS.client("198.51.100.4", List.of(), List.of("203.0.113.9")))
                .isEqualTo("198.51.100.4");
        assertThat(BALANCERS.client("198.51.100.4", List.of("for=203.0.113.9"), List.of()))
                .isEqualTo("198.51.100.4");
        assertThat(BALANCERS.client("10.0.0.1.evil.test", List.of(), List.of("203.0.113.9")))
                .as("a peer that is not a literal address is never trusted")
                .isEqualTo("10.0.0.1.evil.test");
    }

    @Test
    void behindATrustedBalancerEachClientIsItself() {
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("203.0.113.10")))
                .isEqualTo("203.0.113.10");
        assertThat(BALANCERS.client("192.168.7.1", List.of(), List.of("203.0.113.11")))
                .isEqualTo("203.0.113.11");
    }

    @Test
    void theRightMostUntrustedAddressWinsOverWhatTheClientWroteToItsLeft() {
        // The client sent "X-Forwarded-For: 1.1.1.1"; the balancer appended the address it saw.
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("1.1.1.1, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("1.1.1.1", "203.0.113.9, 10.9.9.9")))
                .as("several headers and a chain of trusted proxies")
                .isEqualTo("203.0.113.9");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("10.2.2.2, 10.3.3.3")))
                .as("all trusted: the left-most")
                .isEqualTo("10.2.2.2");
    }

    @Test
    void garbageInTheChainEndsTheWalkAtTheProxyThatWroteIt() {
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("203.0.113.9, evil.test")))
                .isEqualTo("10.1.2.3");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("203.0.113.9, 10.4.4.4, unknown")))
                .isEqualTo("10.1.2.3");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of("203.0.113.9, 999.1.1.1")))
                .isEqualTo("10.1.2.3");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of(""))).isEqualTo("10.1.2.3");
        assertThat(BALANCERS.client("10.1.2.3", List.of(), List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void forwardedIsReadPerRfc7239AndPreferredToXForwardedFor() {
        assertThat(BALANCERS.client(
                        "10.1.2.3",
                        List.of("for=1.1.1.1;proto=https, For=\"[2001:db8:cafe::17]:4711\";by=10.1.2.3"),
                        List.of("203.0.113.200")))
                .isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(BALANCERS.client("10.1.2.3", List.of("for=203.0.113.43:8080"), List.of()))
                .isEqualTo("203.0.113.43");
        assertThat(BALANCERS.client("10.1.2.3", List.of("for=_hidden, for=203.0.113.1"), List.of()))
                .isEqualTo("203.0.113.1");
        assertThat(BALANCERS.client("10.1.2.3", List.of("for=203.0.113.1, for=_hidden"), List.of()))
                .as("an obfuscated node nearest to us")
                .isEqualTo("10.1.2.3");
        assertThat(BALANCERS.client("10.1.2.3", List.of("proto=https"), List.of()))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6BlocksAndMappedAddressesMatch() {
        assertThat(BALANCERS.trusts("2001:db8:1:ffff::1")).isTrue();
        assertThat(BALANCERS.trusts("2001:db8:2::1")).isFalse();
        assertThat(BALANCERS.trusts("::ffff:10.9.8.7")).as("IPv4-mapped").isTrue();
        assertThat(BALANCERS.trusts("11.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse("192.0.2.128/25").trusts("192.0.2.127")).isFalse();
        assertThat(TrustedProxies.parse("192.0.2.128/25").trusts("192.0.2.200")).isTrue();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.1")).isTrue();
        assertThat(BALANCERS.client("2001:db8:1::5", List.of(), List.of("2001:db8:99::1")))
                .isEqualTo("2001:db8:99:0:0:0:0:1");
    }

    @Test
    void aMalformedBlockIsRefusedByName() {
        for (String bad :
                List.of("10.0.0.0/33", "10.0.0/8", "proxy.example", "2001:db8::/129", "10.0.0.0/x", "[::1]")) {
            assertThatThrownBy(() -> TrustedProxies.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
    }
}

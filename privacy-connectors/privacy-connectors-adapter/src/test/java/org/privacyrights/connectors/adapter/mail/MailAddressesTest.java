package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailAddressesTest {

    private final MailAddresses plus = new MailAddresses("+");

    @Test
    void theSameAddressInEveryFormMailAllowsIsOne() {
        assertThat(plus.canonical("Zoe@Example.ORG")).contains("zoe@example.org");
        assertThat(plus.canonical("zoe+shop@example.org")).contains("zoe@example.org");
        assertThat(plus.canonical("\"zoe\"@example.org")).contains("zoe@example.org");
        assertThat(plus.canonical("zoe@bücher.example")).contains("zoe@xn--bcher-kva.example");
        assertThat(plus.canonical("zoe@XN--BCHER-KVA.example")).contains("zoe@xn--bcher-kva.example");
        assertThat(plus.canonical("zoe@example.org.")).contains("zoe@example.org");
    }

    @Test
    void lookAlikesAreOtherAddresses() {
        for (String lookAlike : new String[] {
            "nzoe@example.org",
            "zoe@example.org.evil",
            "zoe@mail.example.org",
            "zoe@example.com",
            "zоe@example.org", // Cyrillic o
            "zoe@exаmple.org", // Cyrillic a
            "zoe.b@example.org",
            "n+zoe@example.org"
        }) {
            assertThat(plus.canonical(lookAlike)).as(lookAlike).isNotEqualTo(plus.canonical("zoe@example.org"));
        }
    }

    @Test
    void subAddressesCanBeSwitchedOffOrUseAnotherSeparator() {
        assertThat(new MailAddresses("").canonical("zoe+shop@example.org")).contains("zoe+shop@example.org");
        assertThat(new MailAddresses("-").canonical("zoe-shop@example.org")).contains("zoe@example.org");
        assertThat(new MailAddresses("-").canonical("zoe+shop@example.org")).contains("zoe+shop@example.org");
    }

    @Test
    void addressesInTextAreTakenWhole() {
        assertThat(plus.inText("Write to zoe@example.org. Or to <Zoe+news@EXAMPLE.org>, mailto:zoe@bücher.example"))
                .containsExactly("zoe@example.org", "zoe@xn--bcher-kva.example");
        assertThat(plus.inText("nzoe@example.org zoe@example.org.evil zoe@example.organic"))
                .doesNotContain("zoe@example.org");
    }

    @Test
    void theSearchLooksForTheLocalPartAndEveryFormOfTheDomain() {
        MailAddresses.SearchWords words = plus.searchWords("zoe@xn--bcher-kva.example");
        assertThat(words.localPart()).isEqualTo("zoe");
        assertThat(words.domains()).containsExactlyInAnyOrder("xn--bcher-kva.example", "bücher.example");
    }
}

package org.privacyrights.web.config.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffTokenCodecTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private final StaffTokenCodec codec = new StaffTokenCodec("a-token-secret-of-this-installation");
    private final StaffTokenCodec.Claims agent =
            new StaffTokenCodec.Claims("ada", List.of("AGENT"), "stamp1", NOW.plusSeconds(900));

    @Test
    void aTokenOpensToWhatWasSignedUntilItEnds() {
        String token = codec.sign(agent);

        assertThat(token).startsWith("pst.");
        assertThat(codec.open(token, NOW)).contains(agent);
        assertThat(codec.open(token, NOW.plusSeconds(899))).isPresent();
        assertThat(codec.open(token, NOW.plusSeconds(900))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String forged = new StaffTokenCodec("another-installations-secret").sign(agent);

        assertThat(codec.open(forged, NOW)).isEmpty();
    }

    @Test
    void changingTheRolesOrTheEndOfAGenuineTokenBreaksItsSignature() {
        String token = codec.sign(agent);
        String signature = token.substring(token.lastIndexOf('.'));
        String payload = "ada\nADMIN,AGENT\nstamp1\n" + NOW.plusSeconds(900).getEpochSecond();
        String escalated = "pst."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + signature;
        String prolonged =
                codec.sign(new StaffTokenCodec.Claims("ada", List.of("AGENT"), "stamp1", NOW.plusSeconds(9_000)))
                                .replaceFirst("\\.[0-9a-f]+$", "")
                        + signature;

        assertThat(codec.open(escalated, NOW)).isEmpty();
        assertThat(codec.open(prolonged, NOW)).isEmpty();
    }

    @Test
    void malformedTokensAndApiKeysOpenToNothing() {
        for (String junk : new String[] {
            null,
            "",
            "pst.",
            "pst..",
            "pst.abc",
            "pst.!!!.00",
            "prk_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            "x".repeat(5000)
        }) {
            assertThat(codec.open(junk, NOW)).as(String.valueOf(junk)).isEmpty();
        }
        assertThat(StaffTokenCodec.looksLikeToken("prk_abc")).isFalse();
    }

    @Test
    void aShortSecretAndALineBreakInAFieldAreRefused() {
        assertThatThrownBy(() -> new StaffTokenCodec("short")).hasMessageContaining("16");
        assertThatThrownBy(() -> codec.sign(new StaffTokenCodec.Claims("a\nb", List.of(), "s", NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

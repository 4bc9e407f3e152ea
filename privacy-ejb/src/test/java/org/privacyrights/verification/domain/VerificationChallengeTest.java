package org.privacyrights.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerificationChallengeTest {

    private static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");
    private final VerificationSecrets secrets = new VerificationSecrets("a-test-secret-of-enough-length");

    private VerificationChallenge challenge() {
        return new VerificationChallenge(7L, "ada@example.org", "code-hash", "token-hash", SENT);
    }

    @Test
    void theRightAnswerVerifiesOnceAndNeverAgain() {
        VerificationChallenge challenge = challenge();

        assertThat(challenge.attempt(true, SENT.plusSeconds(60))).isTrue();
        assertThat(challenge.closedBecause()).isEqualTo(VerificationChallenge.ClosedBecause.VERIFIED);
        assertThat(challenge.attempt(true, SENT.plusSeconds(61))).isFalse();
    }

    @Test
    void theFifthWrongAnswerLocksAndThenEvenTheRightOneIsRefused() {
        VerificationChallenge challenge = challenge();
        for (int i = 0; i < VerificationChallenge.MAX_ATTEMPTS; i++) {
            assertThat(challenge.attempt(false, SENT.plusSeconds(i))).isFalse();
        }

        assertThat(challenge.closedBecause()).isEqualTo(VerificationChallenge.ClosedBecause.LOCKED);
        assertThat(challenge.attempt(true, SENT.plusSeconds(10))).isFalse();
        assertThat(challenge.attempts()).isEqualTo(VerificationChallenge.MAX_ATTEMPTS);
    }

    @Test
    void afterTenMinutesTheRightAnswerIsRefusedAndNothingIsCounted() {
        VerificationChallenge challenge = challenge();

        assertThat(challenge.attempt(true, SENT.plus(VerificationChallenge.VALIDITY)))
                .isFalse();
        assertThat(challenge.attempt(
                        true, SENT.plus(VerificationChallenge.VALIDITY).minusNanos(1000)))
                .isTrue();
    }

    @Test
    void aSupersededChallengeAcceptsNothing() {
        VerificationChallenge challenge = challenge();
        challenge.supersede(SENT.plusSeconds(5));

        assertThat(challenge.attempt(true, SENT.plusSeconds(6))).isFalse();
        assertThat(challenge.closedBecause()).isEqualTo(VerificationChallenge.ClosedBecause.SUPERSEDED);
    }

    @Test
    void codesAreSixDigitsAndTheirHashIsBoundToTheRequest() {
        for (int i = 0; i < 200; i++) {
            assertThat(secrets.newCode()).matches("\\d{6}");
        }
        assertThat(secrets.codeHash("request-a", "123456")).isNotEqualTo(secrets.codeHash("request-b", "123456"));
        assertThat(secrets.codeHash("request-a", "123456"))
                .isNotEqualTo(
                        new VerificationSecrets("another-secret-of-enough-length").codeHash("request-a", "123456"));
    }

    @Test
    void tokensCarry256RandomBitsAndAreNeverRepeated() {
        String first = secrets.newToken();

        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(secrets.newToken()).isNotEqualTo(first);
        assertThat(VerificationSecrets.tokenHash(first)).hasSize(64);
    }

    @Test
    void aMissingOrShortSecretIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> new VerificationSecrets("short")).hasMessageContaining("privacy.verification.secret");
    }

    @Test
    void aRateLimitAllowsUpToItsMaximumAndZeroSwitchesItOff() {
        RateLimit limit = new RateLimit("code-address", 5, java.time.Duration.ofHours(1));

        assertThat(limit.allowsAnother(4)).isTrue();
        assertThat(limit.allowsAnother(5)).isFalse();
        assertThat(new RateLimit("off", 0, java.time.Duration.ofHours(1)).allowsAnother(1_000))
                .isTrue();
    }
}

package org.privacyrights.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aPasswordOfTwelveCharactersOfOnesOwnPasses() {
        assertThat(PasswordRules.check("ada", "correct horse", false)).isEmpty();
        assertThat(PasswordRules.check("ada", "it-admin-password", false)).isEmpty();
    }

    @Test
    void shorterAndOverlongPasswordsAreRefused() {
        assertThat(PasswordRules.check("ada", "elevenchars", false)).contains(PasswordRules.Weakness.TOO_SHORT);
        assertThat(PasswordRules.check("ada", null, false)).contains(PasswordRules.Weakness.TOO_SHORT);
        assertThat(PasswordRules.check("ada", "x1".repeat(101), false)).contains(PasswordRules.Weakness.TOO_LONG);
    }

    @Test
    void theUserNameIsRefusedWhateverItsCaseAndPunctuation() {
        assertThat(PasswordRules.check("ada.lovelace.1815", "ada.lovelace.1815", false))
                .contains(PasswordRules.Weakness.USER_NAME);
        assertThat(PasswordRules.check("ada.lovelace.1815", "ADA-LOVELACE-1815", false))
                .contains(PasswordRules.Weakness.USER_NAME);
    }

    @Test
    void placeholdersFromTheDocumentationAreRefused() {
        for (String placeholder : new String[] {
            "change-me-too",
            "change-me-to-a-long-random-secret",
            "CHANGEME-please-now",
            "password1234",
            "aaaaaaaaaaaaaa"
        }) {
            assertThat(PasswordRules.check("admin", placeholder, false))
                    .as(placeholder)
                    .contains(PasswordRules.Weakness.PLACEHOLDER);
        }
    }

    @Test
    void theQuickStartPasswordPassesOnlyInTheDemonstration() {
        assertThat(PasswordRules.check("admin", PasswordRules.QUICK_START_PASSWORD, false))
                .contains(PasswordRules.Weakness.PLACEHOLDER);
        assertThat(PasswordRules.check("admin", "Quickstart Admin Password", false))
                .contains(PasswordRules.Weakness.PLACEHOLDER);
        assertThat(PasswordRules.check("admin", PasswordRules.QUICK_START_PASSWORD, true))
                .isEmpty();
    }

    @Test
    void everyWeaknessIsExplained() {
        for (PasswordRules.Weakness weakness : PasswordRules.Weakness.values()) {
            assertThat(PasswordRules.explain(weakness)).isNotBlank();
        }
    }
}

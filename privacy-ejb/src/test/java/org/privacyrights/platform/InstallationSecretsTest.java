package org.privacyrights.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up refuses the secrets shipped as examples and secrets that are easy to guess, unless the installation is
 * the demonstration; the refusal names the setting.
 */
class InstallationSecretsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest
    @ValueSource(
            strings = {"../config/micro/quickstart.properties", "../config/payara-server/privacy.properties.example"})
    void theSecretsShippedInConfigAreRefusedOutsideTheDemo(String file) throws IOException {
        Map<String, String> shipped = read(Path.of(file));
        shipped.remove(InstallationSecrets.DEMO);

        List<String> problems = InstallationSecrets.problems(shipped::get);

        for (String key : InstallationSecrets.KEYS) {
            assertThat(problems).as(key).anyMatch(problem -> problem.startsWith(key + ":"));
        }
        assertThat(problems)
                .anyMatch(problem -> problem.startsWith("privacy.datasource.password:"))
                .anyMatch(problem -> problem.startsWith("privacy.bootstrap.admin.password:"));
    }

    @Test
    void theQuickStartKeepsItsSecretsBecauseItIsTheDemo() throws IOException {
        Map<String, String> quickStart = read(Path.of("../config/micro/quickstart.properties"));
        assertThat(quickStart).containsEntry(InstallationSecrets.DEMO, "true");

        assertThat(InstallationSecrets.problems(quickStart::get)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "abababababababababababababababababababababababababababababababab",
                "0123456789012345678901234567890123456789",
                "correcthorse",
                "quickstart-only-verification-secret",
                "change-me-to-a-long-random-secret",
                "CHANGE-ME-TO-A-LONG-RANDOM-SECRET-4f9a2c71e0b3d865",
                "   "
            })
    void weakKeysAreRefusedWithTheSettingNamed(String weak) {
        Map<String, String> settings = strongSettings();
        settings.put("privacy.export.key", weak);

        assertThat(InstallationSecrets.problems(settings::get))
                .singleElement()
                .asString()
                .startsWith("privacy.export.key:");
    }

    @Test
    void randomKeysPass() {
        for (int i = 0; i < 200; i++) {
            assertThat(InstallationSecrets.problems(strongSettings()::get)).isEmpty();
        }
    }

    @Test
    void aPlaceholderPasswordIsRefusedAndAnUnsetOneIsNoConcernOfThisCheck() {
        Map<String, String> settings = strongSettings();
        settings.put("privacy.smtp.password", "change-me");

        assertThat(InstallationSecrets.problems(settings::get))
                .singleElement()
                .asString()
                .startsWith("privacy.smtp.password:");
    }

    @Test
    void theMessageSaysHowToMakeAGoodSecretAndThatOnlyTheDemoMaySkipTheCheck() {
        Map<String, String> settings = strongSettings();
        settings.put("privacy.verification.secret", "quickstart-only-verification-secret");

        IllegalStateException refusal = InstallationSecrets.refusal(InstallationSecrets.problems(settings::get));

        assertThat(refusal.getMessage())
                .contains("privacy.verification.secret", "openssl rand -base64 32", "privacy.demo.enabled=true")
                .doesNotContain("quickstart-only-verification-secret");
    }

    private static Map<String, String> strongSettings() {
        Map<String, String> settings = new HashMap<>();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        settings.put("privacy.verification.secret", Base64.getEncoder().encodeToString(bytes));
        RANDOM.nextBytes(bytes);
        settings.put("privacy.export.key", HexFormat.of().formatHex(bytes));
        RANDOM.nextBytes(bytes);
        settings.put(
                "privacy.helpdesk.hash-key",
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        settings.put("privacy.datasource.password", "a password the database administrator chose");
        return settings;
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }
}

package org.privacyrights.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

    private static final Map<String, String> VALUES = Map.of(
            "code", "042917",
            "link", "https://privacy.example.org/verify.xhtml?request=r1&token=t",
            "minutes", "10",
            "requestId", "r1",
            "right", "ACCESS");

    @Test
    void placeholdersAreFilledInEveryLanguage() {
        MailTemplate.Rendered english =
                MailTemplate.load("verification-code", "en").render(VALUES);
        MailTemplate.Rendered german =
                MailTemplate.load("verification-code", "de").render(VALUES);

        assertThat(english.subject()).isEqualTo("Your confirmation code");
        assertThat(english.body())
                .contains("042917", VALUES.get("link"), "10 minutes")
                .doesNotContain("{");
        assertThat(german.subject()).isEqualTo("Ihr Bestätigungscode");
        assertThat(german.body()).contains("042917", "10 Minuten lang");
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToEnglish() {
        assertThat(MailTemplate.load("verification-code", "fr").render(VALUES).subject())
                .startsWith("Your confirmation code");
    }

    @Test
    void aValueNeverBreaksTheSubjectLineAndIsNeverEvaluated() {
        Map<String, String> hostile = new java.util.HashMap<>(VALUES);
        hostile.put("identity", "1\r\nBcc: victim@example.org ${7*7} #{x}");

        MailTemplate.Rendered rendered =
                MailTemplate.load("identity-code", "en").render(hostile);

        assertThat(rendered.subject()).doesNotContain("\r", "\n").contains("${7*7} #{x}");
    }

    @Test
    void aMissingValueFailsInsteadOfSendingAHole() {
        assertThatThrownBy(() -> MailTemplate.load("verification-code", "en").render(Map.of("code", "1")))
                .hasMessageContaining("needs a value for {");
    }

    @Test
    void aFailedDeliveryIsTriedAgainAfterAPauseThatGrowsToAnHour() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        OutboxMail mail = new OutboxMail(
                "r1", "ada@example.org", "verification-code", "en", new MailTemplate.Rendered("s", "b"), now);

        mail.failed("connection refused", now);
        assertThat(mail.attempts()).isEqualTo(1);
        for (int i = 0; i < 12; i++) {
            mail.failed("connection refused", now);
        }
        mail.delivered(now);

        assertThat(mail.isSent()).isTrue();
        assertThat(mail.body()).isNull();
        assertThat(mail.lastError()).isNull();
    }

    @Test
    void theSignInLockoutNoticeNamesTheAccountAndTheWaitInBothLanguages() {
        Map<String, String> values = Map.of(
                "username", "ada",
                "minutes", "15",
                "at", "2026-12-04T10:00:00Z",
                "link", "https://privacy.example.org/staff/password.xhtml");
        MailTemplate.Rendered english =
                MailTemplate.load("staff-sign-in-locked", "en").render(values);
        MailTemplate.Rendered german =
                MailTemplate.load("staff-sign-in-locked", "de").render(values);

        assertThat(english.subject()).isEqualTo("[privacy] Sign-in to your staff account ada paused");
        assertThat(english.body()).contains("15 minutes", values.get("link")).doesNotContain("{");
        assertThat(german.subject()).contains("ada", "pausiert");
        assertThat(german.body()).contains("15 Minuten", values.get("link")).doesNotContain("{");
    }

    @Test
    void aSentMailKeepsNeitherItsTextNorItsSubjectOnlyWhatTheAuditNeeds() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        MailTemplate.Rendered text = MailTemplate.load("download-code", "en").render(VALUES);
        OutboxMail mail = new OutboxMail("r1", "ada@example.org", "download-code", "en", text, now);

        mail.delivered(now.plusSeconds(2));

        assertThat(mail.subject()).isNull();
        assertThat(mail.body()).isNull();
        assertThat(mail.recipient()).isEqualTo("ada@example.org");
        assertThat(mail.template()).isEqualTo("download-code");
        assertThat(mail.requestId()).isEqualTo("r1");
        assertThat(mail.createdAt()).isEqualTo(now);
        assertThat(mail.isSent()).isTrue();
    }
}

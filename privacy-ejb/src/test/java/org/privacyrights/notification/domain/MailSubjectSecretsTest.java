package org.privacyrights.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Subject lines are kept where bodies are not (mail clients' lists, notifications on locked screens, mail server
 * logs): no template may put a code or a token there. Every template in every language is rendered with a known
 * code and a link carrying a known token.
 */
class MailSubjectSecretsTest {

    private static final String CODE = "731904";
    private static final String TOKEN = "tKn7Qx2mZ9vLp4Rw8sY3aB6cD1eF5gH0jK";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    static Stream<Path> templates() throws IOException, URISyntaxException {
        Path folder = Path.of(MailTemplate.class.getResource("/mail").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            assertThat(all).hasSizeGreaterThan(20);
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noCodeOrTokenReachesTheSubjectLine(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.lastIndexOf('_'));
        String language = fileName.substring(fileName.lastIndexOf('_') + 1, fileName.length() - ".txt".length());
        assertThat(MailTemplate.LANGUAGES).contains(language);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> values = new HashMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            values.put(placeholders.group(1), valueFor(placeholders.group(1)));
        }

        MailTemplate.Rendered mail = MailTemplate.load(name, language).render(values);

        assertThat(mail.subject()).doesNotContain(CODE, TOKEN);
        if (values.containsKey("code")) {
            assertThat(mail.body()).as("the code is still in the body").contains(CODE);
        }
    }

    private static String valueFor(String placeholder) {
        return switch (placeholder) {
            case "code" -> CODE;
            case "link", "portalUrl" -> "https://privacy.example.org/verify.xhtml?request=r1&token=" + TOKEN;
            default -> placeholder + "-value";
        };
    }
}

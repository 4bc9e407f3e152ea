package org.privacyrights.notification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's text, read from {@code /mail/<name>_<language>.txt}: a first line {@code Subject: ...}, a blank line,
 * then the body. Placeholders are {@code {name}} and nothing else: no expressions, no code, so a template can't
 * do more than show the values it is given. Values never reach the subject line with a line break in them.
 */
public final class MailTemplate {

    public static final Set<String> LANGUAGES = Set.of("en", "de");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final String name;
    private final String subject;
    private final String body;

    private MailTemplate(String name, String subject, String body) {
        this.name = name;
        this.subject = subject;
        this.body = body;
    }

    /** The template in the language, or in English where that language has none. */
    public static MailTemplate load(String name, String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        String text = read("/mail/" + name + "_" + lang + ".txt");
        if (text == null) {
            throw new IllegalArgumentException("No mail template " + name + " for " + lang);
        }
        int end = text.indexOf('\n');
        if (!text.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException("Mail template " + name + "_" + lang + " must start with 'Subject: '");
        }
        return new MailTemplate(
                name,
                text.substring("Subject: ".length(), end).strip(),
                text.substring(end + 1).strip());
    }

    public Rendered render(Map<String, String> values) {
        String renderedSubject = fill(subject, values).replaceAll("[\\r\\n]+", " ");
        return new Rendered(renderedSubject, fill(body, values) + "\n");
    }

    /** A subject line and a plain-text body, ready for the outbox. */
    public record Rendered(String subject, String body) {}

    private String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Mail template " + name + " needs a value for " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static String read(String resource) {
        try (InputStream in = MailTemplate.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Reading " + resource + " failed", e);
        }
    }
}

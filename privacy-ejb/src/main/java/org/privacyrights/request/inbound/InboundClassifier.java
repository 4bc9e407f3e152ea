package org.privacyrights.request.inbound;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyrights.request.domain.RequestType;

/**
 * Reads which right a mail asks for from its words, in English and German. It errs towards the harmless: when a
 * mail names several rights, the least invasive one is taken and the others are reported for staff to see, so
 * that a request for a copy can never start an erasure.
 */
public final class InboundClassifier {

    /** From least to most invasive: the first match wins when several rights are named. */
    private static final List<RequestType> BY_INVASIVENESS = List.of(
            RequestType.INFORMATION,
            RequestType.ACCESS,
            RequestType.PORTABILITY,
            RequestType.AUTOMATED_DECISION_REVIEW,
            RequestType.RECTIFICATION,
            RequestType.RESTRICTION,
            RequestType.OBJECTION,
            RequestType.ERASURE);

    private static final Map<RequestType, Pattern> WORDS = Map.of(
            RequestType.INFORMATION,
            words("which data", "what data", "what information", "welche daten", "information about how"),
            RequestType.ACCESS,
            words("access", "copy of", "subject access", "art. 15", "article 15", "auskunft", "kopie", "einsicht"),
            RequestType.PORTABILITY,
            words("portab", "transfer my data", "machine-readable", "übertrag", "datenübertragbarkeit", "art. 20"),
            RequestType.AUTOMATED_DECISION_REVIEW,
            words("automated decision", "automatic decision", "human review", "automatisierte entscheidung"),
            RequestType.RECTIFICATION,
            words("rectif", "correct", "wrong", "incorrect", "update my", "berichtig", "falsch", "korrigier"),
            RequestType.RESTRICTION,
            words("restrict", "einschränk", "art. 18", "stop processing"),
            RequestType.OBJECTION,
            words("object", "unsubscribe", "marketing", "widersp", "abmelden", "werbung", "art. 21"),
            RequestType.ERASURE,
            words(
                    "erase",
                    "erasure",
                    "delete",
                    "deletion",
                    "remove my",
                    "forget",
                    "löschen",
                    "löschung",
                    "entfernen",
                    "art. 17"));

    private static final Pattern MARKETING =
            words("marketing", "newsletter", "unsubscribe", "advertis", "werbung", "abmelden", "direktwerbung");

    private InboundClassifier() {}

    /** The right a mail asks for, and the other rights it also names. */
    public record Classification(RequestType type, Set<RequestType> alsoNamed) {}

    public static Classification classify(String subject, String text) {
        String words = normalize((subject == null ? "" : subject) + "\n" + (text == null ? "" : text));
        Set<RequestType> named = EnumSet.noneOf(RequestType.class);
        WORDS.forEach((type, pattern) -> {
            if (pattern.matcher(words).find()) {
                named.add(type);
            }
        });
        RequestType chosen =
                BY_INVASIVENESS.stream().filter(named::contains).findFirst().orElse(RequestType.INFORMATION);
        named.remove(chosen);
        return new Classification(chosen, named);
    }

    /** Whether an objection is to direct marketing (newsletters, advertising), which is absolute. */
    public static boolean isAboutMarketing(String subject, String text) {
        String words = normalize((subject == null ? "" : subject) + "\n" + (text == null ? "" : text));
        return MARKETING.matcher(words).find();
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Whole-word starts, so that "object" does not match inside "subject". */
    private static Pattern words(String... phrases) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.length; i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(phrases[i]));
        }
        return Pattern.compile(regex.append(')').toString());
    }
}

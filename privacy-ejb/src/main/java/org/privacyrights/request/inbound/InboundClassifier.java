package org.privacyrights.request.inbound;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyrights.request.domain.RequestType;

/**
 * Reads which rights a mail asks for from its words, in English and German, as people write them ("send me
 * everything you have on me", "Welche Daten haben Sie über mich gespeichert?"), not only as the law names them.
 * A request for information is what is left when no other right is named: asking for one's data is access, which
 * includes the information. When a mail names several rights, the least invasive one is taken and the others are
 * reported for staff to see, so that a request for a copy can never start an erasure; a right named only to say
 * it is not wanted ("please don't delete anything") is not named.
 */
public final class InboundClassifier {

    /** From least to most invasive: the first named wins when several rights are named. */
    private static final List<RequestType> BY_INVASIVENESS = List.of(
            RequestType.ACCESS,
            RequestType.PORTABILITY,
            RequestType.AUTOMATED_DECISION_REVIEW,
            RequestType.RECTIFICATION,
            RequestType.RESTRICTION,
            RequestType.OBJECTION,
            RequestType.ERASURE);

    private static final Map<RequestType, Pattern> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(
                RequestType.ACCESS,
                words(
                        "cop(?:y|ies)(?![\\p{L}])",
                        "subject access",
                        "right of access",
                        "right to access",
                        "access request",
                        "access to (?:my|all|the) (?:personal )?(?:data|information|records)",
                        "d?sar(?![\\p{L}])",
                        "art\\.? ?15",
                        "article 15",
                        "artikel 15",
                        "everything you (?:have|hold|keep|store)",
                        "all (?:of )?(?:the )?(?:personal )?(?:data|information) (?:that )?you (?:have|hold|keep|store)",
                        "(?:data|information|records) (?:that )?you (?:have|hold|keep|store|process)(?: stored)?"
                                + " (?:about|on|of) me",
                        "what you (?:have|hold|keep|store) (?:about|on) me",
                        "what (?:data|information) (?:do )?you (?:have|hold|keep|store) (?:about|on) me",
                        "send me (?:all )?(?:of )?my (?:personal )?(?:data|information|records)",
                        "send me everything",
                        "see (?:all )?my (?:personal )?data",
                        "auskunft",
                        "kopie",
                        "einsicht",
                        "über mich (?:gespeichert|speichern|haben|verarbeiten|vorliegen)",
                        "(?:meine|alle) (?:gespeicherten |personenbezogenen )?daten (?:zusenden|zuschicken|schicken|senden)",
                        "schicken sie mir (?:alle|meine)",
                        "senden sie mir (?:alle|meine)"));
        WORDS.put(
                RequestType.PORTABILITY,
                words(
                        "portab",
                        "port my data",
                        "transfer my (?:personal )?data",
                        "move my (?:personal )?data",
                        "machine[- ]readable",
                        "structured(?:,)? commonly used",
                        "structured format",
                        "another (?:provider|service|company|controller)",
                        "art\\.? ?20",
                        "article 20",
                        "artikel 20",
                        "übertrag",
                        "maschinenlesbar",
                        "anderen anbieter"));
        WORDS.put(
                RequestType.AUTOMATED_DECISION_REVIEW,
                words(
                        "automated decision",
                        "automatic decision",
                        "automatically decided",
                        "decided automatically",
                        "decision (?:was )?made by (?:a )?(?:computer|algorithm|machine)",
                        "human review",
                        "human intervention",
                        "a human (?:to )?(?:look|review|check)",
                        "algorithm",
                        "art\\.? ?22",
                        "article 22",
                        "artikel 22",
                        "automatisiert",
                        "automatisch entschieden",
                        "menschliche (?:überprüfung|prüfung)",
                        "von einem menschen",
                        "algorithmus"));
        WORDS.put(
                RequestType.RECTIFICATION,
                words(
                        "rectif",
                        "correct (?:my|the|it|this|them)",
                        "correction",
                        "(?:is|are) (?:wrong|incorrect|inaccurate|out of date|outdated)",
                        "incorrect",
                        "inaccurate",
                        "misspel",
                        "update my",
                        "change my (?:name|address|e-?mail|phone|details|date of birth|surname)",
                        "art\\.? ?16",
                        "article 16",
                        "artikel 16",
                        "berichtig",
                        "falsch",
                        "korrigier",
                        "unrichtig",
                        "aktualisier",
                        "ändern sie (?:bitte )?(?:meinen|meine|mein)",
                        "schreibfehler"));
        WORDS.put(
                RequestType.RESTRICTION,
                words(
                        "restrict",
                        "stop processing",
                        "stop using my (?:personal )?data",
                        "suspend (?:the )?processing",
                        "limit (?:the )?(?:use|processing)",
                        "freeze my",
                        "art\\.? ?18",
                        "article 18",
                        "artikel 18",
                        "einschränk",
                        "sperr"));
        WORDS.put(
                RequestType.OBJECTION,
                words(
                        "object",
                        "unsubscribe",
                        "opt[- ]?out",
                        "stop (?:sending|emailing|e-mailing|mailing|contacting)",
                        "no (?:more|longer) (?:e-?mails|mails|newsletters?|marketing|advertising|offers)",
                        "(?:don't|do not) (?:send|contact|e-?mail)",
                        "remove me from",
                        "mailing list",
                        "marketing",
                        "newsletter",
                        "advertis",
                        "(?:don't|do not) sell",
                        "art\\.? ?21",
                        "article 21",
                        "artikel 21",
                        "widersp",
                        "abmelden",
                        "abbestell",
                        "austragen",
                        "keine (?:werbung|e-mails|mails|newsletter|post|angebote)",
                        "werbung"));
        WORDS.put(
                RequestType.ERASURE,
                words(
                        "erase",
                        "erasure",
                        "delete",
                        "deletion",
                        "remove my",
                        "remove all",
                        "remove (?:any|every)",
                        "forget",
                        "forgotten",
                        "wipe",
                        "destroy",
                        "art\\.? ?17",
                        "article 17",
                        "artikel 17",
                        "lösch",
                        "entfernen sie",
                        "vergessen",
                        "vernicht"));
    }

    private static final Pattern MARKETING = words(
            "marketing",
            "newsletter",
            "unsubscribe",
            "advertis",
            "promotion",
            "offers",
            "mailing list",
            "opt[- ]?out",
            "stop (?:sending|emailing|e-mailing|mailing)",
            "werbung",
            "abmelden",
            "abbestell",
            "angebote",
            "direktwerbung");

    /** Words that take back what follows them in the same sentence: "please don't delete", "bitte nicht löschen". */
    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:not|don't|do not|never|no need to|without|nicht|kein|keine|ohne)(?![\\p{L}])");

    /** "No" takes back only the word right after it ("no copy"), not a sentence that starts "No, please delete". */
    private static final Pattern JUST_BEFORE = Pattern.compile("(?<![\\p{L}])no $");

    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;\\n]|,(?! ?(?:dass|that) )");

    private static final int NEGATION_REACH = 30;

    private InboundClassifier() {}

    /** The right a mail asks for, the other rights it also names, and the language it is written in. */
    public record Classification(RequestType type, Set<RequestType> alsoNamed, String language) {}

    public static Classification classify(String subject, String text) {
        String words = normalize(subject, text);
        Set<RequestType> named = EnumSet.noneOf(RequestType.class);
        WORDS.forEach((type, pattern) -> {
            // An objection is said with a negation ("I don't want your newsletter"): only other rights are taken back.
            if (type == RequestType.OBJECTION ? pattern.matcher(words).find() : namedWithoutNegation(pattern, words)) {
                named.add(type);
            }
        });
        String language = MailLanguage.of(words);
        if (named.isEmpty()) {
            return new Classification(RequestType.INFORMATION, named, language);
        }
        RequestType chosen =
                BY_INVASIVENESS.stream().filter(named::contains).findFirst().orElseThrow();
        named.remove(chosen);
        return new Classification(chosen, named, language);
    }

    /** Whether an objection is to direct marketing (newsletters, advertising), which is absolute. */
    public static boolean isAboutMarketing(String subject, String text) {
        return MARKETING.matcher(normalize(subject, text)).find();
    }

    private static boolean namedWithoutNegation(Pattern pattern, String words) {
        Matcher match = pattern.matcher(words);
        while (match.find()) {
            if (!negated(words, match.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation before the match, within a few words and the same clause: "I don't need a copy, just delete it"
     * takes back the copy, not the deletion; "nicht, dass Sie löschen" keeps its negation past the comma.
     */
    private static boolean negated(String words, int at) {
        String before = words.substring(Math.max(0, at - NEGATION_REACH), at);
        Matcher boundary = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        String clause = before.substring(clauseStart);
        return NEGATION.matcher(clause).find() || JUST_BEFORE.matcher(clause).find();
    }

    private static String normalize(String subject, String text) {
        String joined = (subject == null ? "" : subject) + "\n" + (text == null ? "" : text);
        return Normalizer.normalize(joined, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[ \\t\\u00a0]+", " ");
    }

    /** Whole-word starts, so that "object" does not match inside "subject" nor "sar" inside "necessary". */
    private static Pattern words(String... phrases) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")");
    }
}

package org.privacyrights.request.inbound;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a mail is written in, of those the platform answers in (English and German), from its most common
 * words: the answer to a mail goes out in the mail's language. English where the words do not tell.
 */
final class MailLanguage {

    private static final Set<String> GERMAN = Set.of(
            "ich",
            "sie",
            "und",
            "die",
            "der",
            "das",
            "nicht",
            "bitte",
            "meine",
            "meiner",
            "meinen",
            "mir",
            "mich",
            "über",
            "daten",
            "haben",
            "ist",
            "wir",
            "ihr",
            "ihre",
            "ihnen",
            "mit",
            "von",
            "zu",
            "auf",
            "für",
            "dass",
            "eine",
            "ein",
            "alle",
            "sehr",
            "geehrte",
            "damen",
            "herren",
            "gespeichert",
            "löschen",
            "auskunft");

    private static final Set<String> ENGLISH = Set.of(
            "i", "you", "and", "the", "my", "me", "please", "not", "data", "have", "is", "we", "your", "with", "of",
            "to", "on", "for", "that", "a", "an", "all", "dear", "hello", "hi", "regards", "thanks", "delete", "copy");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private MailLanguage() {}

    /** "de" or "en" for lower-case text. */
    static String of(String words) {
        int german = 0;
        int english = 0;
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            String found = word.group();
            if (GERMAN.contains(found)) {
                german++;
            } else if (ENGLISH.contains(found)) {
                english++;
            }
        }
        return german > english ? "de" : "en";
    }
}

package org.privacyrights.request.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyrights.request.domain.RequestType;

class InboundClassifierTest {

    /** Mails as people write them, with the right each asks for and its language. */
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            // Apostrophes are text here ("don't"), not CSV quotes.
            quoteCharacter = '"',
            value = {
                // Access, in plain words.
                "Data request | Please tell me what data you hold about me and send me a copy of it. | ACCESS | en",
                "Anfrage | Welche Daten haben Sie über mich gespeichert? Bitte schicken Sie mir eine Kopie. | ACCESS | de",
                "Hi | Send me everything you have on me | ACCESS | en",
                "Subject access request | Please send me a copy of my data | ACCESS | en",
                "Auskunft nach Art. 15 DSGVO | | ACCESS | de",
                "DSAR | I am making a DSAR under the GDPR. | ACCESS | en",
                "SAR | This is a SAR. | ACCESS | en",
                "My data | What information do you have about me? | ACCESS | en",
                "Question | What do you store on me? I want to see all my data. | ACCESS | en",
                "Article 15 | I exercise my right of access under Article 15. | ACCESS | en",
                "Request | Could you send me all of my personal data please? | ACCESS | en",
                "Hello | I would like access to my personal data. | ACCESS | en",
                "Records | Please provide all the information you hold about me. | ACCESS | en",
                "Auskunftsersuchen | Sehr geehrte Damen und Herren, ich bitte um Auskunft. | ACCESS | de",
                "Meine Daten | Bitte senden Sie mir alle Daten, die über mich gespeichert sind. | ACCESS | de",
                "Frage | Ich möchte Einsicht in meine Daten. | ACCESS | de",
                "Kopie | Schicken Sie mir meine Daten zu. | ACCESS | de",
                "Daten | Was haben Sie über mich gespeichert? | ACCESS | de",
                // Access is never taken back by a negation of something else.
                "Copy only | Send me a copy, but do not delete anything. | ACCESS | en",
                "Nur Auskunft | Bitte nicht löschen, nur Auskunft. | ACCESS | de",
                // Information: how data is used, with no other right named.
                "Hello | Which data do you keep and why? | INFORMATION | en",
                "Question | How do you use personal data of customers? | INFORMATION | en",
                "Privacy | Who do you share customer data with? | INFORMATION | en",
                "Frage | Zu welchem Zweck verarbeiten Sie Kundendaten? | INFORMATION | de",
                "Datenschutz | An wen geben Sie die Daten weiter? | INFORMATION | de",
                // Erasure.
                "Please delete my account | I want you to erase everything | ERASURE | en",
                "Löschung meiner Daten | Bitte löschen Sie alles | ERASURE | de",
                "Right to be forgotten | I want to be forgotten. | ERASURE | en",
                "Remove me | Remove all my information from your systems. | ERASURE | en",
                "GDPR | Please wipe my data. | ERASURE | en",
                "Art. 17 | Ich verlange die Löschung nach Art. 17 DSGVO. | ERASURE | de",
                "Account | Please close my account and delete my data. | ERASURE | en",
                "Konto | Entfernen Sie bitte mein Konto. | ERASURE | de",
                "No copy | I don't need a copy, just delete everything. | ERASURE | en",
                "Daten vernichten | Bitte vernichten Sie meine Unterlagen. | ERASURE | de",
                // Rectification.
                "Wrong address | My street name is incorrect, please correct it | RECTIFICATION | en",
                "Name | My surname is misspelled in your records. | RECTIFICATION | en",
                "Update | Please update my address to 5 High Street. | RECTIFICATION | en",
                "Details | My date of birth is wrong. | RECTIFICATION | en",
                "Change | Please change my name to Ada King. | RECTIFICATION | en",
                "Berichtigung | Meine Adresse ist falsch. | RECTIFICATION | de",
                "Korrektur | Bitte korrigieren Sie meinen Nachnamen. | RECTIFICATION | de",
                "Adresse | Bitte ändern Sie meine Anschrift. | RECTIFICATION | de",
                "Outdated | The phone number you have for me is out of date. | RECTIFICATION | en",
                // Restriction.
                "Restrict processing | please restrict processing while you check | RESTRICTION | en",
                "Hold | Stop processing my data until the dispute is resolved. | RESTRICTION | en",
                "Freeze | Please freeze my account while you look into it. | RESTRICTION | en",
                "Einschränkung | Bitte schränken Sie die Verarbeitung ein. Einschränkung nach Art. 18. | RESTRICTION | de",
                "Sperrung | Ich verlange die Sperrung meiner Daten. | RESTRICTION | de",
                // Objection, to marketing and otherwise.
                "Stop the newsletter | I object to marketing | OBJECTION | en",
                "Unsubscribe | Unsubscribe me please. | OBJECTION | en",
                "Emails | Stop sending me emails. | OBJECTION | en",
                "Marketing | I don't want any marketing from you. | OBJECTION | en",
                "Opt out | I opt out of your mailing list. | OBJECTION | en",
                "Newsletter abbestellen | Bitte melden Sie mich vom Newsletter ab und abbestellen. | OBJECTION | de",
                "Werbung | Ich möchte keine Werbung mehr erhalten. | OBJECTION | de",
                "Widerspruch | Ich widerspreche der Verarbeitung meiner Daten. | OBJECTION | de",
                "Profiling objection | I object to the processing of my data for your interests. | OBJECTION | en",
                "Sale | Do not sell my personal information. | OBJECTION | en",
                // Portability.
                "Data portability | send it in a machine-readable format | PORTABILITY | en",
                "Switching | I want to transfer my data to another provider. | PORTABILITY | en",
                "Export | Please port my data to my new bank. | PORTABILITY | en",
                "Übertragung | Bitte übertragen Sie meine Daten maschinenlesbar an einen anderen Anbieter. | PORTABILITY | de",
                // Review of an automated decision.
                "Your automated decision | I want a human review of the credit decision | AUTOMATED_DECISION_REVIEW | en",
                "Loan | The decision was made by a computer; I want a human to look at it. | AUTOMATED_DECISION_REVIEW | en",
                "Entscheidung | Die automatisierte Entscheidung soll von einem Menschen geprüft werden. | AUTOMATED_DECISION_REVIEW | de",
                "Algorithm | Your algorithm rejected my application, I contest it. | AUTOMATED_DECISION_REVIEW | en",
            })
    void readsTheRightAndTheLanguageFromTheWords(String subject, String text, RequestType expected, String language) {
        var classification = InboundClassifier.classify(subject, text);

        assertThat(classification.type()).isEqualTo(expected);
        assertThat(classification.language()).isEqualTo(language);
    }

    @Test
    void aMailThatAsksForACopyAndForErasureIsTakenAsAccessAndSaysSo() {
        var classification = InboundClassifier.classify(
                "Access and erasure", "First send me a copy of my data, then delete it all.");

        assertThat(classification.type()).isEqualTo(RequestType.ACCESS);
        assertThat(classification.alsoNamed()).containsExactly(RequestType.ERASURE);
    }

    @Test
    void askingForOnesDataIsAccessAndNotAlsoARequestForInformation() {
        var classification = InboundClassifier.classify("Data", "What data do you hold about me? Send me a copy.");

        assertThat(classification.type()).isEqualTo(RequestType.ACCESS);
        assertThat(classification.alsoNamed()).isEmpty();
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        // "subject" holds "object", "redeleted" holds "delete", "necessary" and "Sarah" hold "sar", "copyright"
        // holds "copy": none of them asks for anything.
        var classification = InboundClassifier.classify(
                "Subject of my mail", "the item was redeleted, Sarah said it was necessary; copyright notice");

        assertThat(classification.type()).isEqualTo(RequestType.INFORMATION);
        assertThat(classification.alsoNamed()).isEmpty();
    }

    @Test
    void aNegationReachesOnlyItsOwnSentence() {
        var classification =
                InboundClassifier.classify("Mixed", "I do not know what you keep. Please delete my account.");

        assertThat(classification.type()).isEqualTo(RequestType.ERASURE);
    }

    @Test
    void aGermanNegationReachesPastTheCommaBeforeDass() {
        var classification = InboundClassifier.classify(
                "Auskunft", "Ich möchte nicht, dass Sie meine Daten löschen. Bitte erteilen Sie mir Auskunft.");

        assertThat(classification.type()).isEqualTo(RequestType.ACCESS);
        assertThat(classification.alsoNamed()).isEmpty();
        assertThat(classification.language()).isEqualTo("de");
    }

    @Test
    void anObjectionIsAboutMarketingWhenItNamesMarketing() {
        assertThat(InboundClassifier.isAboutMarketing("Stop", "Stop sending me your offers"))
                .isTrue();
        assertThat(InboundClassifier.isAboutMarketing("Widerspruch", "Ich will keine Werbung"))
                .isTrue();
        assertThat(InboundClassifier.isAboutMarketing("Objection", "I object to the processing of my data"))
                .isFalse();
    }

    @Test
    void aMailWithNoWordsAtAllIsARequestForInformationInEnglish() {
        var classification = InboundClassifier.classify(null, null);

        assertThat(classification.type()).isEqualTo(RequestType.INFORMATION);
        assertThat(classification.language()).isEqualTo("en");
    }
}

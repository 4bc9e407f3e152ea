package org.privacyrights.request.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyrights.request.domain.RequestType;

class InboundClassifierTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Please delete my account | I want you to erase everything | ERASURE",
                "Löschung meiner Daten | Bitte löschen Sie alles | ERASURE",
                "Subject access request | Please send me a copy of my data | ACCESS",
                "Auskunft nach Art. 15 DSGVO | | ACCESS",
                "Wrong address | My street name is incorrect, please correct it | RECTIFICATION",
                "Stop the newsletter | I object to marketing | OBJECTION",
                "Data portability | send it in a machine-readable format | PORTABILITY",
                "Restrict processing | please restrict processing while you check | RESTRICTION",
                "Your automated decision | I want a human review of the credit decision | AUTOMATED_DECISION_REVIEW",
                "Hello | Which data do you keep and why? | INFORMATION",
            })
    void readsTheRightFromTheWords(String subject, String text, RequestType expected) {
        assertThat(InboundClassifier.classify(subject, text).type()).isEqualTo(expected);
    }

    @Test
    void aMailThatAsksForACopyAndForErasureIsTakenAsAccessAndSaysSo() {
        var classification = InboundClassifier.classify(
                "Access and erasure", "First send me a copy of my data, then delete it all.");

        assertThat(classification.type()).isEqualTo(RequestType.ACCESS);
        assertThat(classification.alsoNamed()).containsExactly(RequestType.ERASURE);
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        // "subject" holds "object", "redeleted" holds "delete": neither is a request to object or erase.
        var classification = InboundClassifier.classify("Subject of my mail", "the item was redeleted");

        assertThat(classification.type()).isEqualTo(RequestType.INFORMATION);
        assertThat(classification.alsoNamed()).isEmpty();
    }

    @Test
    void aMailWithNoWordsAtAllIsARequestForInformation() {
        assertThat(InboundClassifier.classify(null, null).type()).isEqualTo(RequestType.INFORMATION);
    }
}

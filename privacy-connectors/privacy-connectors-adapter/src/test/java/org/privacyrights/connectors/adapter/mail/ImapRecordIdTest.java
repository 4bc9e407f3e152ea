package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImapRecordIdTest {

    @Test
    void idsRoundTripWithAwkwardFolderNames() {
        ImapRecordId id = new ImapRecordId("ada@example.org", "Projects/2026;Q1 ä", 1_700_000_000L, 42);

        assertThat(ImapRecordId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void somethingElseIsNotAnImapId() {
        assertThatThrownBy(() -> ImapRecordId.parse("helpdesk:ticket:4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void folderNamesBecomeSafePathSegments() {
        assertThat(ImapMessages.safe("../../etc/passwd")).doesNotContain("/");
        assertThat(ImapMessages.safe("..")).isEqualTo("_");
        assertThat(ImapMessages.safe("INBOX")).isEqualTo("INBOX");
    }
}

package org.privacyrights.export.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.export.domain.StagedFile;
import org.privacyrights.export.domain.SystemFindings;

class ExportStoreTest {

    @TempDir
    Path exports;

    @Test
    void stagedFilesReadBackAsTheyWereWritten() throws IOException {
        ExportStore store = store();
        stage(store, "r-1", "mail", "a.eml", "first", "b.eml", "second");

        SystemFindings mail = store.findings("r-1").get(0);

        assertThat(mail.files()).extracting(StagedFile::path).containsExactly("mail/a.eml", "mail/b.eml");
        assertThat(read(store, "r-1", mail.files().get(0))).isEqualTo("first");
        assertThat(read(store, "r-1", mail.files().get(1))).isEqualTo("second");
    }

    @Test
    void aSystemStagedAgainIsReadAsItIsNowNotAsItWas() throws IOException {
        ExportStore store = store();
        stage(store, "r-1", "mail", "a.eml", "first", "b.eml", "second");
        read(store, "r-1", store.findings("r-1").get(0).files().get(0));

        stage(store, "r-1", "mail", "b.eml", "again", "c.eml", "new");
        List<StagedFile> files = store.findings("r-1").get(0).files();

        assertThat(read(store, "r-1", files.get(0))).isEqualTo("again");
        assertThat(read(store, "r-1", files.get(1))).isEqualTo("new");
        StagedFile gone = new StagedFile("mail/a.eml", "mail", "message/rfc822", 5, "");
        assertThatThrownBy(() -> store.openStaged("r-1", gone)).hasMessageContaining("No staged file mail/a.eml");
    }

    @Test
    void aFileOfAnotherRequestIsNotFoundUnderThisOne() throws IOException {
        ExportStore store = store();
        stage(store, "r-1", "mail", "a.eml", "mine", "b.eml", "also mine");
        stage(store, "r-2", "mail", "a.eml", "theirs", "b.eml", "also theirs");

        assertThat(read(store, "r-2", store.findings("r-2").get(0).files().get(0)))
                .isEqualTo("theirs");
        assertThat(read(store, "r-1", store.findings("r-1").get(0).files().get(0)))
                .isEqualTo("mine");
    }

    private ExportStore store() {
        ExportStore store = new ExportStore();
        store.directory = exports.toString();
        store.key = "export-store-test-key-of-some-length";
        return store;
    }

    private static void stage(ExportStore store, String request, String system, String... pathsAndContents)
            throws IOException {
        ExportStore.StagingArea staging = store.stage(request, system);
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            try (OutputStream file = staging.open(pathsAndContents[i], "message/rfc822")) {
                file.write(pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        staging.finish(List.of(new RecordRef("1", "mail.message", "INBOX")));
    }

    private static String read(ExportStore store, String request, StagedFile file) throws IOException {
        try (InputStream in = store.openStaged(request, file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

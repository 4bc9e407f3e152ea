package org.privacyrights.export.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export key is derived from {@code privacy.export.key} with HKDF-SHA256 and a salt, not one SHA-256; files
 * written before that change (one SHA-256 of the setting, no version marker) still open.
 */
class ExportKeyTest {

    private static final String SETTING = "Zk1bV9qT3xR7mW2pL8sN4cY6hJ0dF5gA";
    private static final byte[] CONTENT = "PK the subject's archive".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void anArchiveIsEncryptedWithAnHkdfKeyAndNotWithTheSha256OfTheSetting() throws Exception {
        ExportStore store = store();
        try (OutputStream out = store.createArchive("r1")) {
            out.write(CONTENT);
        }
        Path file = dir.resolve("archives/r1.zip.enc");

        byte[] stored = Files.readAllBytes(file);
        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PRX2");
        try (InputStream in = store.openArchive("r1")) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
        // The old key (one SHA-256 of the setting) opens nothing written now, marker or not.
        assertThatThrownBy(() -> readWithTheOldKey(file, 4)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> readWithTheOldKey(file, 0)).isInstanceOf(IOException.class);
    }

    @Test
    void anArchiveWrittenBeforeTheChangeStillOpens() throws Exception {
        Files.createDirectories(dir.resolve("archives"));
        try (OutputStream out = oldAead()
                .newEncryptingStream(
                        Files.newOutputStream(dir.resolve("archives/r2.zip.enc")),
                        "r2/archive".getBytes(StandardCharsets.UTF_8))) {
            out.write(CONTENT);
        }

        try (InputStream in = store().openArchive("r2")) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void anArchiveOfAnotherRequestOrAlteredDoesNotOpen() throws Exception {
        ExportStore store = store();
        try (OutputStream out = store.createArchive("r3")) {
            out.write(CONTENT);
        }
        Files.copy(dir.resolve("archives/r3.zip.enc"), dir.resolve("archives/r4.zip.enc"));

        assertThatThrownBy(() -> {
                    try (InputStream in = store.openArchive("r4")) {
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(IOException.class);
    }

    private ExportStore store() {
        ExportStore store = new ExportStore();
        store.directory = dir.toString();
        store.key = SETTING;
        return store;
    }

    private static AesGcmHkdfStreaming oldAead() throws Exception {
        byte[] material = MessageDigest.getInstance("SHA-256").digest(SETTING.getBytes(StandardCharsets.UTF_8));
        return new AesGcmHkdfStreaming(material, "HmacSha256", 32, 1 << 20, 0);
    }

    private static void readWithTheOldKey(Path file, int skip) throws Exception {
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(skip);
            try (InputStream in = oldAead().newDecryptingStream(raw, "r1/archive".getBytes(StandardCharsets.UTF_8))) {
                in.readAllBytes();
            }
        }
    }
}

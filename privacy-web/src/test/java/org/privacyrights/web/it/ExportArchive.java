package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An export package as the subject receives it: its entries, and its manifest read as the schema says. */
final class ExportArchive {

    private final Map<String, byte[]> entries;
    private final JsonObject manifest;

    private ExportArchive(Map<String, byte[]> entries) {
        this.entries = entries;
        try (JsonReader reader = Json.createReader(new StringReader(text("manifest.json")))) {
            this.manifest = reader.readObject();
        }
    }

    static ExportArchive read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return new ExportArchive(entries);
    }

    /** Every file the manifest lists is in the archive with its size and SHA-256, and nothing else is. */
    void assertEveryFileMatchesTheManifest() throws Exception {
        int listed = 0;
        for (JsonValue value : manifest.getJsonArray("files")) {
            JsonObject file = value.asJsonObject();
            byte[] content = entries.get(file.getString("path"));
            assertThat(content).as(file.getString("path")).isNotNull();
            assertThat((long) content.length)
                    .isEqualTo(file.getJsonNumber("bytes").longValue());
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .isEqualTo(file.getString("sha256"));
            listed++;
        }
        assertThat(entries.keySet()).hasSize(listed + 1).contains("manifest.json");
    }

    long recordsOf(String system, String category) {
        return manifest.getJsonArray("systems").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("system").equals(system))
                .flatMap(s -> s.getJsonArray("records").stream())
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("category").equals(category))
                .count();
    }

    Set<String> paths() {
        return entries.keySet();
    }

    byte[] bytes(String path) {
        return entries.get(path);
    }

    String text(String path) {
        return new String(entries.get(path), StandardCharsets.UTF_8);
    }

    /** All matching entries' text, one after the other. */
    String textOf(Predicate<String> paths) {
        StringBuilder all = new StringBuilder();
        entries.keySet().stream().filter(paths).forEach(path -> all.append(text(path))
                .append('\n'));
        return all.toString();
    }
}

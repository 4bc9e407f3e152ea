package org.privacyrights.export.domain;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.privacyrights.connectors.api.RecordRef;

/**
 * {@code manifest.json}: the machine-readable table of contents of an export. Every file with its system, media
 * type, size and SHA-256, and every record each system holds with its category and location. The schema is
 * documented in the README ("Export package").
 */
public final class Manifest {

    public static final String FILE = "manifest.json";
    public static final String SCHEMA = "https://privacyrights.org/schemas/export-manifest/v1";

    private Manifest() {}

    public static void write(
            OutputStream out,
            String requestId,
            String requestType,
            Instant generatedAt,
            List<SystemFindings> systems,
            List<StagedFile> documents) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            json.writeStartObject()
                    .write("$schema", SCHEMA)
                    .write("request", requestId)
                    .write("type", requestType)
                    .write("generatedAt", generatedAt.toString());
            json.writeStartArray("systems");
            for (SystemFindings system : systems) {
                json.writeStartObject().write("system", system.system());
                json.writeStartArray("categories");
                system.categories().forEach(json::write);
                json.writeEnd();
                json.writeStartArray("records");
                for (RecordRef record : system.records()) {
                    json.writeStartObject()
                            .write("id", record.id())
                            .write("category", record.category())
                            .write("location", record.location())
                            .write("strength", record.strength().name())
                            .writeEnd();
                }
                json.writeEnd();
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("files");
            for (SystemFindings system : systems) {
                system.files().forEach(file -> writeFile(json, file));
            }
            documents.forEach(file -> writeFile(json, file));
            json.writeEnd();
            json.writeEnd();
        }
    }

    private static void writeFile(JsonGenerator json, StagedFile file) {
        json.writeStartObject()
                .write("path", file.path())
                .write("system", file.system())
                .write("mediaType", file.mediaType())
                .write("bytes", file.bytes())
                .write("sha256", file.sha256())
                .writeEnd();
    }
}

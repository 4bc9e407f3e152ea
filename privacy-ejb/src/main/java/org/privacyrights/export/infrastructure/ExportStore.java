package org.privacyrights.export.infrastructure;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.connectors.api.ArchivePaths;
import org.privacyrights.connectors.api.FindingStrength;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.export.domain.StagedFile;
import org.privacyrights.export.domain.SystemFindings;
import org.privacyrights.platform.Hkdf;

/**
 * Export files at rest, always encrypted (AES-256-GCM in 1 MiB segments, Tink's streaming AEAD, the key derived
 * from {@code privacy.export.key} with HKDF-SHA256; each file is bound to its request and name, so files can't be
 * swapped): the staging area a connector's export streams into, and the finished archives.
 *
 * <p>Every file starts with the marker {@code PRX2} (key by HKDF). A file without it was written before the marker
 * existed, with the SHA-256 of the setting as the key, and still opens: archives and staging areas made before an
 * upgrade are read to their end (at most the seven days of a download link) and nothing new is written that way.
 *
 * <pre>
 * {privacy.export.dir}/staging/{request}/{system}/findings.json  records and files of that system
 * {privacy.export.dir}/staging/{request}/{system}/{n}.part         the n-th file
 * {privacy.export.dir}/archives/{request}.zip.enc                 the package
 * </pre>
 */
@ApplicationScoped
public class ExportStore {

    private static final String FINDINGS = "findings.json";
    private static final int SEGMENT = 1 << 20;
    /** Starts every file written with the HKDF key; no file of the earlier kind starts so (Tink's header does not). */
    static final byte[] MARKER = "PRX2".getBytes(StandardCharsets.US_ASCII);
    /** Not secret: it separates this use of the setting from any other (RFC 5869, 3.1). */
    private static final byte[] SALT = "org.privacyrights.export/salt/2026".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] INFO = "export files at rest: AES-256-GCM-HKDF streaming key material, version 2"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    @ConfigProperty(name = "privacy.export.dir", defaultValue = "exports")
    String directory;

    @Inject
    @ConfigProperty(name = "privacy.export.key")
    String key;

    private AesGcmHkdfStreaming aead;
    private AesGcmHkdfStreaming unmarkedAead;

    private final Map<Path, StoredNames> storedNames = new ConcurrentHashMap<>();

    /** A fresh staging area for one system's export (an earlier, unfinished attempt is discarded). */
    public StagingArea stage(String requestId, String system) throws IOException {
        Path dir = stagingDir(requestId).resolve(safe(system));
        storedNames.remove(dir);
        deleteTree(dir);
        Files.createDirectories(dir);
        return new StagingArea(requestId, system, dir);
    }

    /** Every system's findings staged for a request, in the order of their names. */
    public List<SystemFindings> findings(String requestId) throws IOException {
        Path staging = stagingDir(requestId);
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        List<SystemFindings> all = new ArrayList<>();
        try (Stream<Path> systems = Files.list(staging)) {
            for (Path dir : systems.sorted().toList()) {
                if (Files.exists(dir.resolve(FINDINGS))) {
                    all.add(readFindings(requestId, dir));
                }
            }
        }
        return all;
    }

    /** The plain content of a staged file. */
    public InputStream openStaged(String requestId, StagedFile file) throws IOException {
        Path dir = stagingDir(requestId).resolve(safe(file.system()));
        String stored = storedNames(requestId, dir).get(file.path());
        if (stored == null) {
            throw new IOException("No staged file " + file.path() + " for " + requestId);
        }
        return decrypting(requestId, dir.resolve(stored));
    }

    /**
     * Where each of a system's staged files is stored, read from its findings once per staging rather than once per
     * file: an archive of n files read and decrypted the whole findings file n times, which made assembly grow with
     * the square of the files. A findings file written anew (a system exported again, here or on another instance)
     * has another time or size and is read again.
     */
    private Map<String, String> storedNames(String requestId, Path dir) throws IOException {
        Path findings = dir.resolve(FINDINGS);
        BasicFileAttributes written = Files.readAttributes(findings, BasicFileAttributes.class);
        StoredNames cached = storedNames.get(dir);
        if (cached == null || !cached.isOf(written)) {
            Map<String, String> names = new HashMap<>();
            for (JsonValue entry : readJson(requestId, findings).getJsonArray("files")) {
                JsonObject stored = entry.asJsonObject();
                names.put(stored.getString("path"), stored.getString("stored"));
            }
            cached = new StoredNames(written.lastModifiedTime(), written.size(), names);
            storedNames.put(dir, cached);
        }
        return cached.byPath();
    }

    private record StoredNames(FileTime modified, long size, Map<String, String> byPath) {

        boolean isOf(BasicFileAttributes written) {
            return modified.equals(written.lastModifiedTime()) && size == written.size();
        }
    }

    /** Writes the archive through encryption; it appears under its name only once complete. */
    public OutputStream createArchive(String requestId) throws IOException {
        Path archives = Files.createDirectories(root().resolve("archives"));
        // A name of its own: two instances building the same archive never write into one file.
        Path partial = Files.createTempFile(archives, safe(requestId), ".partial");
        Path finished = archives.resolve(requestId + ".zip.enc");
        OutputStream file = Files.newOutputStream(partial);
        OutputStream encrypted = encrypting(requestId, "archive", file);
        return new java.io.FilterOutputStream(encrypted) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            private boolean closed;

            /** Closing twice (a wrapping stream, then try-with-resources) moves the archive once. */
            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                super.close();
                Files.move(partial, finished, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        };
    }

    public InputStream openArchive(String requestId) throws IOException {
        return decrypting(requestId, "archive", root().resolve("archives").resolve(requestId + ".zip.enc"));
    }

    public boolean hasArchive(String requestId) {
        return Files.exists(root().resolve("archives").resolve(requestId + ".zip.enc"));
    }

    public void deleteArchive(String requestId) throws IOException {
        Files.deleteIfExists(root().resolve("archives").resolve(requestId + ".zip.enc"));
    }

    public void deleteStaging(String requestId) throws IOException {
        Path staging = stagingDir(requestId);
        storedNames.keySet().removeIf(dir -> dir.startsWith(staging));
        deleteTree(staging);
    }

    /** One system's export in progress: each file is encrypted as it streams in and its digest is kept. */
    public final class StagingArea {

        private final String requestId;
        private final String system;
        private final Path dir;
        private final List<StagedFile> files = new ArrayList<>();
        private final List<String> stored = new ArrayList<>();
        private final ArchivePaths.Unique names = new ArchivePaths.Unique();

        private StagingArea(String requestId, String system, Path dir) {
            this.requestId = requestId;
            this.system = system;
            this.dir = dir;
        }

        /**
         * Opens the next file; {@code path} is the connector's, placed under the system's folder, cleaned by the
         * archive's naming rule and made unique, whatever the connector passed.
         */
        public OutputStream open(String path, String mediaType) throws IOException {
            String name = files.size() + ".part";
            MessageDigest digest = sha256();
            OutputStream encrypted =
                    encrypting(requestId, system + "/" + name, Files.newOutputStream(dir.resolve(name)));
            String archivePath = names.claim(safe(system) + "/" + path);
            return new java.io.FilterOutputStream(encrypted) {
                private long bytes;

                @Override
                public void write(int b) throws IOException {
                    digest.update((byte) b);
                    bytes++;
                    out.write(b);
                }

                @Override
                public void write(byte[] buffer, int offset, int length) throws IOException {
                    digest.update(buffer, offset, length);
                    bytes += length;
                    out.write(buffer, offset, length);
                }

                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    super.close();
                    files.add(new StagedFile(
                            archivePath,
                            system,
                            mediaType,
                            bytes,
                            java.util.HexFormat.of().formatHex(digest.digest())));
                    stored.add(name);
                }
            };
        }

        /** Records what the system holds and what was written; the staging is complete only with this. */
        public SystemFindings finish(List<RecordRef> records) throws IOException {
            JsonArrayBuilder recordArray = Json.createArrayBuilder();
            records.forEach(record -> recordArray.add(Json.createObjectBuilder()
                    .add("id", record.id())
                    .add("category", record.category())
                    .add("location", record.location())
                    .add("strength", record.strength().name())));
            JsonArrayBuilder fileArray = Json.createArrayBuilder();
            for (int i = 0; i < files.size(); i++) {
                StagedFile file = files.get(i);
                fileArray.add(Json.createObjectBuilder()
                        .add("path", file.path())
                        .add("mediaType", file.mediaType())
                        .add("bytes", file.bytes())
                        .add("sha256", file.sha256())
                        .add("stored", stored.get(i)));
            }
            JsonObject findings = Json.createObjectBuilder()
                    .add("system", system)
                    .add("records", recordArray)
                    .add("files", fileArray)
                    .build();
            try (OutputStream out =
                    encrypting(requestId, system + "/" + FINDINGS, Files.newOutputStream(dir.resolve(FINDINGS)))) {
                out.write(findings.toString().getBytes(StandardCharsets.UTF_8));
            }
            return new SystemFindings(system, records, files);
        }
    }

    private SystemFindings readFindings(String requestId, Path dir) throws IOException {
        JsonObject findings = readJson(requestId, dir.resolve(FINDINGS));
        String system = findings.getString("system");
        List<RecordRef> records = findings.getJsonArray("records").stream()
                .map(JsonValue::asJsonObject)
                .map(r -> new RecordRef(
                        r.getString("id"),
                        r.getString("category"),
                        r.getString("location"),
                        FindingStrength.valueOf(r.getString("strength", FindingStrength.OWN.name()))))
                .toList();
        List<StagedFile> files = findings.getJsonArray("files").stream()
                .map(JsonValue::asJsonObject)
                .map(f -> new StagedFile(
                        f.getString("path"),
                        system,
                        f.getString("mediaType"),
                        f.getJsonNumber("bytes").longValue(),
                        f.getString("sha256")))
                .toList();
        return new SystemFindings(system, records, files);
    }

    private JsonObject readJson(String requestId, Path file) throws IOException {
        String system = file.getParent().getFileName().toString();
        try (InputStream in = decrypting(requestId, system + "/" + FINDINGS, file);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private InputStream decrypting(String requestId, Path file) throws IOException {
        String system = file.getParent().getFileName().toString();
        return decrypting(requestId, system + "/" + file.getFileName(), file);
    }

    private OutputStream encrypting(String requestId, String name, OutputStream file) throws IOException {
        try {
            file.write(MARKER);
            return aead().newEncryptingStream(file, associatedData(requestId, name));
        } catch (GeneralSecurityException | IOException e) {
            file.close();
            throw new IOException("Encrypting " + name + " failed", e);
        }
    }

    private InputStream decrypting(String requestId, String name, Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(MARKER.length);
            boolean marked = Arrays.equals(in.readNBytes(MARKER.length), MARKER);
            if (!marked) {
                in.reset();
            }
            return (marked ? aead() : unmarkedAead()).newDecryptingStream(in, associatedData(requestId, name));
        } catch (GeneralSecurityException | IOException e) {
            in.close();
            throw new IOException("Decrypting " + name + " failed", e);
        }
    }

    private static byte[] associatedData(String requestId, String name) {
        return (requestId + "/" + name).getBytes(StandardCharsets.UTF_8);
    }

    private synchronized AesGcmHkdfStreaming aead() {
        if (aead == null) {
            aead = streaming(Hkdf.derive(setting(), SALT, INFO, 32));
        }
        return aead;
    }

    /** The key of files written before the marker: one SHA-256 of the setting. Read only, never written. */
    private synchronized AesGcmHkdfStreaming unmarkedAead() {
        if (unmarkedAead == null) {
            unmarkedAead = streaming(sha256().digest(setting()));
        }
        return unmarkedAead;
    }

    private byte[] setting() {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("privacy.export.key must be set, with at least 16 characters");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static AesGcmHkdfStreaming streaming(byte[] material) {
        try {
            return new AesGcmHkdfStreaming(material, "HmacSha256", 32, SEGMENT, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM streaming is not available", e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private Path root() {
        return Path.of(directory);
    }

    private Path stagingDir(String requestId) {
        return root().resolve("staging").resolve(safe(requestId));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package org.privacyrights.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.privacyrights.connectors.api.ArchivePaths;
import org.privacyrights.export.domain.Manifest;
import org.privacyrights.export.domain.StagedFile;
import org.privacyrights.export.domain.SummaryDocument;
import org.privacyrights.export.domain.SystemFindings;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.platform.PdfRenderer;
import org.privacyrights.register.application.RegisterSource;

/**
 * Streams a request's staged files into one ZIP with {@code manifest.json}, {@code summary.html} and
 * {@code summary.pdf}, encrypted as it is written. Nothing is held whole in memory but the summary. Building it
 * again gives the same content, so an interrupted assembly is simply run again. Every entry's name passes the
 * archive's naming rule ({@link ArchivePaths}) once more here and is unique in the archive, so no name a connector
 * took from a backend can make a duplicate entry or point outside the archive; the manifest lists the names given.
 */
@ApplicationScoped
public class PackageAssembler {

    @Inject
    ExportStore store;

    @Inject
    RegisterSource register;

    /** What went into the archive. */
    public record Assembled(int files, long bytes) {}

    public Assembled assemble(
            String requestId, String requestType, String language, LocalDate receivedOn, Instant generatedAt)
            throws IOException {
        List<SystemFindings> systems = store.findings(requestId);
        byte[] html = SummaryDocument.render(language, requestId, receivedOn, register.register(), systems)
                .getBytes(StandardCharsets.UTF_8);
        byte[] pdf = PdfRenderer.render(new String(html, StandardCharsets.UTF_8));
        int files = 0;
        long[] bytes = {0};
        ArchivePaths.Unique names = new ArchivePaths.Unique();
        names.reserve(SummaryDocument.HTML);
        names.reserve(SummaryDocument.PDF);
        names.reserve(Manifest.FILE);
        List<SystemFindings> written = new ArrayList<>();
        try (OutputStream archive = store.createArchive(requestId);
                ZipOutputStream zip = new ZipOutputStream(counting(archive, bytes))) {
            for (SystemFindings system : systems) {
                List<StagedFile> entries = new ArrayList<>();
                for (StagedFile file : system.files()) {
                    String name = names.claim(file.path());
                    zip.putNextEntry(new ZipEntry(name));
                    try (InputStream in = store.openStaged(requestId, file)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    entries.add(new StagedFile(name, file.system(), file.mediaType(), file.bytes(), file.sha256()));
                    files++;
                }
                written.add(new SystemFindings(system.system(), system.records(), entries));
            }
            StagedFile summaryHtml = document(SummaryDocument.HTML, "text/html", html);
            StagedFile summaryPdf = document(SummaryDocument.PDF, "application/pdf", pdf);
            put(zip, SummaryDocument.HTML, html);
            put(zip, SummaryDocument.PDF, pdf);
            ByteArrayOutputStream manifest = new ByteArrayOutputStream();
            Manifest.write(manifest, requestId, requestType, generatedAt, written, List.of(summaryHtml, summaryPdf));
            put(zip, Manifest.FILE, manifest.toByteArray());
            files += 3;
        }
        return new Assembled(files, bytes[0]);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static StagedFile document(String path, String mediaType, byte[] content) {
        try {
            return new StagedFile(
                    path,
                    "platform",
                    mediaType,
                    content.length,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static OutputStream counting(OutputStream out, long[] bytes) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bytes[0]++;
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                bytes[0] += length;
            }
        };
    }
}

package org.privacyrights.export.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.connectors.api.FindingStrength;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.export.domain.Manifest;
import org.privacyrights.export.domain.StagedFile;
import org.privacyrights.export.domain.SystemFindings;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.security.Roles;

/**
 * What a request's export holds, for the staff handling it before the subject downloads it: per system, how many
 * records of each category and which files, read from the finished archive's manifest or, while systems are still
 * exporting, from what they staged. Names of files and categories only, no content; every look is audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
public class ExportContents {

    @Inject
    ExportStore store;

    @Inject
    RequestRepository requests;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext caller;

    /** Empty when the request has no export (yet). */
    public Optional<ExportView> contents(String requestId) {
        PrivacyRequest request =
                requests.find(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
        Optional<ExportView> view;
        try {
            view = store.hasArchive(request.publicId())
                    ? Optional.of(fromManifest(request.publicId()))
                    : fromStaging(request.publicId());
        } catch (IOException e) {
            throw new UncheckedIOException("The export of " + requestId + " cannot be read", e);
        }
        view.ifPresent(found -> audit.record(AuditEntry.forRequest(
                caller.getCallerPrincipal().getName(),
                "EXPORT_CONTENTS_VIEWED",
                request.publicId(),
                request.subject().publicId(),
                found.assembled() ? "archive" : "staged")));
        return view;
    }

    private Optional<ExportView> fromStaging(String requestId) throws IOException {
        List<SystemFindings> findings = store.findings(requestId);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<ExportView.SystemExport> systems = new ArrayList<>();
        for (SystemFindings system : findings) {
            Map<String, Long> counts = new TreeMap<>();
            Map<String, Long> strengths = new TreeMap<>();
            for (RecordRef record : system.records()) {
                counts.merge(record.category(), 1L, Long::sum);
                strengths.merge(record.strength().name(), 1L, Long::sum);
            }
            List<ExportView.ExportFile> files =
                    system.files().stream().map(ExportContents::file).toList();
            systems.add(new ExportView.SystemExport(system.system(), counts, strengths, files));
        }
        return Optional.of(new ExportView(false, systems));
    }

    /** The manifest is the archive's last entry: the archive is read through once, never held whole. */
    private ExportView fromManifest(String requestId) throws IOException {
        try (InputStream archive = store.openArchive(requestId);
                ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(Manifest.FILE)) {
                    try (JsonReader reader = Json.createReader(zip)) {
                        return view(reader.readObject());
                    }
                }
            }
        }
        throw new IOException("The archive of " + requestId + " has no " + Manifest.FILE);
    }

    private static ExportView view(JsonObject manifest) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> strengths = new LinkedHashMap<>();
        for (JsonValue value : manifest.getJsonArray("systems")) {
            JsonObject system = value.asJsonObject();
            Map<String, Long> byCategory = new TreeMap<>();
            Map<String, Long> byStrength = new TreeMap<>();
            for (JsonValue record : system.getJsonArray("records")) {
                byCategory.merge(record.asJsonObject().getString("category"), 1L, Long::sum);
                byStrength.merge(
                        record.asJsonObject().getString("strength", FindingStrength.OWN.name()), 1L, Long::sum);
            }
            counts.put(system.getString("system"), byCategory);
            strengths.put(system.getString("system"), byStrength);
        }
        Map<String, List<ExportView.ExportFile>> files = new LinkedHashMap<>();
        for (JsonValue value : manifest.getJsonArray("files")) {
            JsonObject file = value.asJsonObject();
            files.computeIfAbsent(file.getString("system"), system -> new ArrayList<>())
                    .add(new ExportView.ExportFile(
                            file.getString("path"),
                            file.getString("mediaType"),
                            file.getJsonNumber("bytes").longValue()));
        }
        List<ExportView.SystemExport> systems = new ArrayList<>();
        counts.forEach((system, byCategory) -> systems.add(new ExportView.SystemExport(
                system, byCategory, strengths.get(system), files.getOrDefault(system, List.of()))));
        if (files.containsKey("platform")) {
            systems.add(new ExportView.SystemExport("platform", Map.of(), Map.of(), files.get("platform")));
        }
        return new ExportView(true, systems);
    }

    private static ExportView.ExportFile file(StagedFile file) {
        return new ExportView.ExportFile(file.path(), file.mediaType(), file.bytes());
    }
}

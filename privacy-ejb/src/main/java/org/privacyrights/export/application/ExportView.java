package org.privacyrights.export.application;

import java.util.List;
import java.util.Map;

/**
 * What an export holds: per system, records by category and by why they were found (own, addressed, mentioned) and
 * the files written; {@code assembled} once the archive
 * the subject downloads is built (the platform's own summary documents are then listed under "platform").
 */
public record ExportView(boolean assembled, List<SystemExport> systems) {

    public record SystemExport(
            String system,
            Map<String, Long> recordsByCategory,
            Map<String, Long> recordsByStrength,
            List<ExportFile> files) {

        public long records() {
            return recordsByCategory.values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    public record ExportFile(String path, String mediaType, long bytes) {}
}

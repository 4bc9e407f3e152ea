package org.privacyrights.export.domain;

import java.util.List;
import org.privacyrights.connectors.api.RecordRef;

/** What one system holds for the subject and the files its export wrote. */
public record SystemFindings(String system, List<RecordRef> records, List<StagedFile> files) {

    public SystemFindings {
        records = List.copyOf(records);
        files = List.copyOf(files);
    }

    public List<String> categories() {
        return records.stream().map(RecordRef::category).distinct().sorted().toList();
    }
}

package org.privacyrights.export.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where export packages are recorded. */
public interface ExportPackageRepository {

    void store(ExportPackage exportPackage);

    Optional<ExportPackage> forRequest(Long requestId);

    Optional<ExportPackage> byTokenHash(String tokenHash);

    /** Packages whose link ended before {@code now} and whose file is still there. */
    List<ExportPackage> expiredBefore(Instant now);
}

package org.privacyrights.register.domain;

import java.util.List;
import java.util.Optional;

public interface RegisterVersions {

    /** The number of the newest version; empty before the first import. */
    Optional<Integer> newest();

    Optional<RegisterVersion> version(int version);

    /** Every version, newest first, without needing their content. */
    List<RegisterVersion> all();

    void store(RegisterVersion version);
}

package org.privacyrights.staff.domain;

import java.util.List;
import java.util.Optional;

/** Where staff users are kept. */
public interface StaffRepository {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> all();

    long count();

    void store(StaffUser user);
}

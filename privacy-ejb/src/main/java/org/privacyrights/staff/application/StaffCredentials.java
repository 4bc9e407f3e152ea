package org.privacyrights.staff.application;

import java.util.Set;

/** Who a successful login is, and the roles that grants. */
public record StaffCredentials(String username, String displayName, Set<String> roles, boolean enabled) {

    static StaffCredentials of(org.privacyrights.staff.domain.StaffUser user) {
        return new StaffCredentials(user.username(), user.displayName(), Set.copyOf(user.roles()), user.isEnabled());
    }
}

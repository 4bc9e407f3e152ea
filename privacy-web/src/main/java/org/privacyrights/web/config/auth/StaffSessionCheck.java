package org.privacyrights.web.config.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.staff.application.StaffDirectory;

/**
 * What a signed-in staff session may do now: a user shut out loses the session, and changed roles apply, within
 * {@code privacy.auth.session-recheck-seconds} (each instance asks the database at most that often per user). Users
 * of an LDAP directory keep the roles they signed in with until the session ends.
 */
@ApplicationScoped
public class StaffSessionCheck {

    @EJB
    StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "privacy.auth.store", defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = "privacy.auth.session-recheck-seconds", defaultValue = "30")
    long recheckSeconds;

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(Optional<Set<String>> roles, Instant at) {}

    /** The roles the session has now; empty when it must end. */
    Optional<Set<String>> rolesNow(String caller, Set<String> signedInWith, Instant now) {
        if (!"database".equalsIgnoreCase(store.trim())) {
            return Optional.of(signedInWith);
        }
        Checked last = checked.get(caller);
        if (last == null || now.isAfter(last.at().plus(Duration.ofSeconds(recheckSeconds)))) {
            last = new Checked(staff.currentRoles(caller), now);
            checked.put(caller, last);
        }
        return last.roles();
    }
}

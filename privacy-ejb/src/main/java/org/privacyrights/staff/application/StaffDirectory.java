package org.privacyrights.staff.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.security.Roles;
import org.privacyrights.staff.domain.PasswordHasher;
import org.privacyrights.staff.domain.PasswordRules;
import org.privacyrights.staff.domain.StaffRepository;
import org.privacyrights.staff.domain.StaffUser;

/** Staff users: password checks for the database identity store, and their administration. */
@Stateless
public class StaffDirectory {

    private static final Set<String> STAFF_ROLES = Set.of(Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR);

    @Inject
    StaffRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @Inject
    StaffSecuritySettings settings;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Checks a password; unknown users, disabled users and wrong passwords take the same time and look alike. */
    @PermitAll
    public Optional<StaffCredentials> authenticate(String username, char[] password) {
        Optional<StaffUser> user = repository.findByUsername(username);
        if (user.isEmpty()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        StaffUser staff = user.get();
        boolean matches = hasher.verify(password, staff.passwordHash());
        if (!matches || !staff.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(StaffCredentials.of(staff));
    }

    /**
     * What a user who proved their password earlier (an API token, a recent match) may do now: empty when the user
     * is gone or shut out; the stamp changes with the password, so a proof from before a change is worth nothing.
     */
    @PermitAll
    public Optional<StaffAccess> currentAccess(String username) {
        return repository
                .findByUsername(username)
                .filter(StaffUser::isEnabled)
                .map(user -> new StaffAccess(user.username(), Set.copyOf(user.roles()), StaffAccess.stamp(user)));
    }

    /**
     * Changes the caller's own password, given the current one; the new one must follow the password rules. Tokens
     * and remembered matches of the old password stop working, on every instance.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
        String username = caller.getCallerPrincipal().getName();
        StaffUser user = repository
                .findByUsername(username)
                .orElseThrow(() -> new InvalidInputException(
                        "currentPassword", "Your account is kept in the directory: change the password there"));
        if (!hasher.verify(currentPassword.toCharArray(), user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        checkPassword("newPassword", username, newPassword);
        if (hasher.verify(newPassword.toCharArray(), user.passwordHash())) {
            throw new InvalidInputException("newPassword", "is the password you have now");
        }
        user.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        audit.record(new AuditEntry(username, "STAFF_PASSWORD_CHANGED", null, null, null, "user=" + username));
    }

    /** The user's roles now, for a session that signed in earlier; empty when the user is gone or shut out. */
    @PermitAll
    public Optional<Set<String>> currentRoles(String username) {
        return repository.findByUsername(username).filter(StaffUser::isEnabled).map(user -> Set.copyOf(user.roles()));
    }

    /** A new staff user; {@code email} (optional) is where notices about the account go, in {@code language}. */
    @RolesAllowed(Roles.ADMIN)
    public StaffCredentials create(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<String> roles,
            @NotBlank @Size(max = 200) String password,
            @Size(max = 320) @Email String email,
            @Pattern(regexp = "en|de") String language) {
        checkPassword("password", username, password);
        return createUser(username, displayName, roles, password, email, language, "staff-admin");
    }

    /**
     * Creates the first administrator when there is no staff user at all; does nothing otherwise. Runs without a
     * caller, at start-up.
     */
    @PermitAll
    public boolean bootstrapAdministrator(String username, String password, String email) {
        if (repository.count() > 0) {
            return false;
        }
        checkPassword("privacy.bootstrap.admin.password", username, password);
        createUser(username, "Administrator", Set.of(Roles.ADMIN, Roles.DPO), password, email, "en", "bootstrap");
        return true;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<StaffCredentials> list() {
        return repository.all().stream().map(StaffCredentials::of).toList();
    }

    /** Gives a staff user other roles; nobody changes their own, so an administrator always remains. */
    @RolesAllowed(Roles.ADMIN)
    public StaffCredentials changeRoles(@NotBlank String username, @NotEmpty Set<String> roles) {
        checkRoles(roles);
        StaffUser user = other(username);
        user.changeRoles(roles);
        audit.record(new AuditEntry(
                caller.getCallerPrincipal().getName(),
                "STAFF_ROLES_CHANGED",
                null,
                null,
                null,
                "user=" + username + " roles=" + new java.util.TreeSet<>(roles)));
        return StaffCredentials.of(user);
    }

    /** Lets a staff user sign in, or no longer; nobody disables themselves. */
    @RolesAllowed(Roles.ADMIN)
    public StaffCredentials setEnabled(@NotBlank String username, boolean enabled) {
        StaffUser user = other(username);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        audit.record(new AuditEntry(
                caller.getCallerPrincipal().getName(),
                enabled ? "STAFF_USER_ENABLED" : "STAFF_USER_DISABLED",
                null,
                null,
                null,
                "user=" + username));
        return StaffCredentials.of(user);
    }

    private StaffUser other(String username) {
        if (username.equals(caller.getCallerPrincipal().getName())) {
            throw new InvalidInputException("username", "Another administrator changes your own account");
        }
        return repository.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff user " + username));
    }

    private static void checkRoles(Set<String> roles) {
        if (!STAFF_ROLES.containsAll(roles)) {
            throw new InvalidInputException("roles", "Staff roles are " + STAFF_ROLES + ", not " + roles);
        }
    }

    private void checkPassword(String field, String username, String password) {
        PasswordRules.check(username, password, settings.demonstration()).ifPresent(weakness -> {
            throw new WeakPasswordException(field, weakness);
        });
    }

    private StaffCredentials createUser(
            String username,
            String displayName,
            Set<String> roles,
            String password,
            String email,
            String language,
            String actor) {
        checkRoles(roles);
        if (repository.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "A staff user named '" + username + "' exists already");
        }
        StaffUser user =
                new StaffUser(username, displayName, hasher.hash(password.toCharArray()), roles, clock.instant());
        user.contactAt(email, language);
        repository.store(user);
        audit.record(
                new AuditEntry(actor, "STAFF_USER_CREATED", null, null, null, "user=" + username + " roles=" + roles));
        return StaffCredentials.of(user);
    }
}

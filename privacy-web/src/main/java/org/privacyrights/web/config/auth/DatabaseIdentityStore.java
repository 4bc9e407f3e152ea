package org.privacyrights.web.config.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.staff.application.StaffDirectory;

/** Staff users kept in the platform's own database, with PBKDF2 password hashes. The default store. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "privacy.auth.store", defaultValue = "database")
    String store;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return staff.authenticate(
                        credential.getCaller(), credential.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return "database".equalsIgnoreCase(store.trim())
                ? EnumSet.allOf(ValidationType.class)
                : EnumSet.noneOf(ValidationType.class);
    }
}

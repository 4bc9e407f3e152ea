package org.privacyrights.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.privacyrights.audit.domain.AuditRepository;
import org.privacyrights.audit.domain.ChainVerification;
import org.privacyrights.audit.domain.ChainVerifier;
import org.privacyrights.security.Roles;

/** Checks the whole audit chain and names the first broken link. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
public class AuditVerification {

    @Inject
    AuditRepository repository;

    public ChainVerification verifyChain() {
        ChainVerifier verifier = new ChainVerifier();
        repository.forEachInOrder(verifier::accept);
        return verifier.finish(repository.head());
    }
}

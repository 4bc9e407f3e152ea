package org.privacyrights.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.privacyrights.audit.domain.AuditRepository;
import org.privacyrights.audit.domain.ChainVerification;
import org.privacyrights.audit.domain.ChainVerifier;
import org.privacyrights.audit.domain.SealedRecords;
import org.privacyrights.security.Roles;

/** Checks the whole audit chain and the records it vouches for, and names the first broken link. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
public class AuditVerification {

    @Inject
    AuditRepository repository;

    @Inject
    Instance<SealedRecords> sealedRecords;

    /** The chain link by link, then every record whose seal the chain repeats. */
    public ChainVerification verifyChain() {
        ChainVerification chain = ChainVerifier.verify(repository);
        if (!chain.isIntact()) {
            return chain;
        }
        for (SealedRecords records : sealedRecords) {
            var tampering = records.firstTampering();
            if (tampering.isPresent()) {
                return ChainVerification.broken(
                        chain.eventsChecked(),
                        tampering.get().auditSequence(),
                        tampering.get().problem());
            }
        }
        return chain;
    }
}

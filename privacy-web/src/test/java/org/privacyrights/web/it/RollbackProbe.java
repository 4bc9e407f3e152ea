package org.privacyrights.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.privacyrights.request.application.RequestService;

/**
 * Test-only: verifies a request inside its own transaction and then fails, as a later step of a workflow would.
 * The verification and its audit events must roll back with it.
 */
@Stateless
@PermitAll
@RunAs("DPO")
public class RollbackProbe {

    @EJB
    RequestService requests;

    public void verifyThenFail(String requestId) {
        requests.verifyIdentity(requestId);
        throw new IllegalStateException("a later step failed");
    }
}

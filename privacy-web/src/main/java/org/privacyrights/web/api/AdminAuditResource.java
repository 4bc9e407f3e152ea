package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.audit.application.AuditVerification;
import org.privacyrights.audit.domain.ChainVerification;

/** The audit chain's check: every link, and every consent record and acknowledgement the chain vouches for. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminAuditResource {

    @EJB
    AuditVerification verification;

    @GET
    @Path("verification")
    @Operation(summary = "Verify the audit chain; names the first broken link, if any")
    public ChainVerification verify() {
        return verification.verifyChain();
    }
}

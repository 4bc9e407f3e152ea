package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.audit.application.AuditQueries;
import org.privacyrights.audit.application.AuditVerification;
import org.privacyrights.audit.domain.AuditSearch;
import org.privacyrights.audit.domain.ChainVerification;
import org.privacyrights.platform.InvalidInputException;

/**
 * The audit trail: searching it, and checking the chain link by link with every consent record and acknowledgement
 * it vouches for.
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminAuditResource {

    @EJB
    AuditVerification verification;

    @EJB
    AuditQueries queries;

    @GET
    @Path("verification")
    @Operation(summary = "Verify the audit chain; names the first broken link, if any")
    public ChainVerification verify() {
        return verification.verifyChain();
    }

    @GET
    @Path("events")
    @Operation(summary = "Search the audit trail, newest first; from/to are instants like 2026-12-01T00:00:00Z")
    public AuditEventPage search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("request") String request,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "page starts at 0");
        }
        AuditSearch search = new AuditSearch(actor, action, request, subject, instant("from", from), instant("to", to));
        return new AuditEventPage(queries.search(search, page * size, size), queries.count(search), page, size);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an instant like 2026-12-01T00:00:00Z");
        }
    }
}

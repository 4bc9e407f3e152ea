package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.request.application.RequestDetails;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.security.Roles;

/** Submitting a request, and following it. Open to anyone; what it reveals depends on who asks. */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @EJB
    RequestService requests;

    @EJB
    RequestQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request. The answer is the same whether or not the address is known.")
    @APIResponse(responseCode = "202", description = "Received; identity verification follows")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; the body names it")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    public Response submit(
            @NotNull(message = "a JSON body is required") @Valid SubmitRequestBody body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        SubmitRequest submission = new SubmitRequest(parseType(body.type), body.email, body.details, Channel.API);
        RequestReceipt receipt;
        try {
            receipt = requests.submit(submission, idempotencyKey);
        } catch (EJBException e) {
            // Two submissions raced with the same key: the loser answers with the winner's receipt.
            if (idempotencyKey == null || !causedByConstraint(e)) {
                throw e;
            }
            receipt = requests.replay(idempotencyKey, submission);
        }
        return Response.accepted(receipt).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A request's status, due date and per-system progress: for staff and the verified subject")
    @APIResponse(responseCode = "404", description = "Unknown, or not yours to see")
    public RequestDetails status(@PathParam("id") String id, @Context SecurityContext security) {
        if (isStaff(security)) {
            return queries.get(id);
        }
        // Unknown and not-yours look the same, so the API reveals nothing about other people's requests.
        throw new NotFoundException("Request " + id);
    }

    static RequestType parseType(String type) {
        try {
            return RequestType.valueOf(type.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "must be one of " + Arrays.toString(RequestType.values()));
        }
    }

    private static boolean isStaff(SecurityContext security) {
        return security.isUserInRole(Roles.ADMIN)
                || security.isUserInRole(Roles.DPO)
                || security.isUserInRole(Roles.AGENT)
                || security.isUserInRole(Roles.AUDITOR);
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException
                    || cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause.getClass().getName().endsWith("RollbackException")) {
                return true;
            }
        }
        return false;
    }
}

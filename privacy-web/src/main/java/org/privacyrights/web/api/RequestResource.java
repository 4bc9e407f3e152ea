package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
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
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.ObjectionScope;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.security.Roles;
import org.privacyrights.verification.application.IdentityClaim;
import org.privacyrights.verification.application.IdentityProofs;
import org.privacyrights.verification.application.VerificationResult;
import org.privacyrights.verification.application.VerificationService;
import org.privacyrights.web.api.error.ErrorBody;
import org.privacyrights.web.config.client.ClientAddresses;

/** Submitting a request, and following it. Open to anyone; what it reveals depends on who asks. */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    ClientAddresses clients;

    @EJB
    RequestService requests;

    @EJB
    RequestQueries queries;

    @EJB
    VerificationService verification;

    @EJB
    IdentityProofs identities;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request. The answer is the same whether or not the address is known.")
    @APIResponse(responseCode = "202", description = "Received; identity verification follows")
    @APIResponse(
            responseCode = "200",
            description = "Made by a system for its logged-in user (loggedIn): proven at once, with the subject token")
    @APIResponse(
            responseCode = "403",
            description = "loggedIn from anyone but a system whose key was granted VOUCH_FOR_LOGGED_IN_USER, or for"
                    + " an address outside the domains that key speaks for (the message names them)")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; the body names it")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @APIResponse(responseCode = "429", description = "Too many requests from this client or codes for this address")
    public Response submit(
            @NotNull(message = "a JSON body is required") @Valid SubmitRequestBody body,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpServletRequest http) {
        SubmitRequest submission = new SubmitRequest(
                parseType(body.type),
                body.email,
                body.details,
                Channel.API,
                body.language,
                body.objection == null ? null : ObjectionScope.valueOf(body.objection));
        if (Boolean.TRUE.equals(body.loggedIn)) {
            // Only a key granted vouching may, for addresses in its own domains; the bean checks both.
            return Response.ok(requests.submitForLoggedInUser(submission, idempotencyKey))
                    .build();
        }
        RequestReceipt receipt;
        try {
            receipt = requests.submit(submission, idempotencyKey, clients.of(http));
        } catch (EJBException e) {
            // Two submissions raced with the same key: the loser answers with the winner's receipt.
            if (idempotencyKey == null || !causedByConstraint(e)) {
                throw e;
            }
            receipt = requests.replay(idempotencyKey, submission);
        }
        return Response.accepted(receipt).build();
    }

    @POST
    @Path("{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Prove the address with the mailed code or the link's token",
            description = "A wrong, used, expired or locked code and an unknown request all get the same 422;"
                    + " after five wrong attempts only a new code helps. Success returns the subject token that"
                    + " reads the request's status (header X-Request-Token), shown this once.")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "422", description = "Not verified")
    @APIResponse(responseCode = "429", description = "Too many attempts from this client")
    public Response verify(
            @PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid VerifyBody body,
            @Context HttpServletRequest http) {
        VerificationResult result = verification.verify(id, body.code, body.token, clients.of(http));
        if (!result.verified()) {
            return codeRefused();
        }
        return Response.ok(result).build();
    }

    @POST
    @Path("{id}/verification-code")
    @Operation(summary = "Mail a new code to the request's address (the earlier one stops working)")
    @APIResponse(responseCode = "202", description = "Sent if the request still waits for its code")
    @APIResponse(responseCode = "429", description = "Too many codes for this address, or attempts from this client")
    public Response resendCode(@PathParam("id") String id, @Context HttpServletRequest http) {
        verification.resend(id, clients.of(http));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/identities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add another identity of yours to a proven request: an old address, or a customer number",
            description = "A code goes to that address, or to the address the system holding the customer number"
                    + " has on file for it, never to you directly. The answer is the same whether or not the"
                    + " identity is known. Needs the X-Request-Token from verification; only while the request"
                    + " waits for approval.")
    @APIResponse(responseCode = "202", description = "A code was sent if the identity has a channel on file")
    @APIResponse(responseCode = "400", description = "Neither or both given, or the request's work has started")
    @APIResponse(responseCode = "404", description = "Unknown, or not yours")
    @APIResponse(responseCode = "429", description = "Too many codes for this identity, or attempts from this client")
    public Response addIdentity(
            @PathParam("id") String id,
            @HeaderParam("X-Request-Token") String subjectToken,
            @NotNull(message = "a JSON body is required") @Valid IdentityBody body,
            @Context HttpServletRequest http) {
        identities.requestProof(
                id, subjectToken, IdentityClaim.of(body.email, body.customerId, body.system), clients.of(http));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/identities/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Prove the identity added last with the code mailed to its channel on file",
            description = "Wrong, used, expired and locked codes get the same 422. Proven, the request's work covers"
                    + " the data held under it.")
    @APIResponse(responseCode = "200", description = "Proven; the request as you see it")
    @APIResponse(responseCode = "422", description = "Not proven")
    public Response proveIdentity(
            @PathParam("id") String id,
            @HeaderParam("X-Request-Token") String subjectToken,
            @NotNull(message = "a JSON body is required") @Valid VerifyBody body,
            @Context HttpServletRequest http) {
        if (!identities.prove(id, subjectToken, body.code, clients.of(http))) {
            return codeRefused();
        }
        return Response.ok(queries.forSubject(id, subjectToken)).build();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "A request's status, due date and per-system progress",
            description = "Staff see everything; the subject sees their own request with the token from verification"
                    + " in the X-Request-Token header.")
    @APIResponse(responseCode = "404", description = "Unknown, or not yours to see")
    public Object status(
            @PathParam("id") String id,
            @HeaderParam("X-Request-Token") String subjectToken,
            @Context SecurityContext security) {
        if (isStaff(security)) {
            return queries.get(id);
        }
        // Unknown and not-yours look the same, so the API reveals nothing about other people's requests.
        return queries.forSubject(id, subjectToken);
    }

    /** One answer for every code that does not prove anything, so that none tells more than another. */
    private static Response codeRefused() {
        return ErrorBody.of(
                        422,
                        "verification_failed",
                        "The code is not valid: it may be wrong, used or expired. After five wrong attempts, ask for"
                                + " a new code.")
                .toResponse();
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

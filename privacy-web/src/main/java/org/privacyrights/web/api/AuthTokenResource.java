package org.privacyrights.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.privacyrights.staff.application.SignInThrottledException;
import org.privacyrights.web.api.error.ErrorBody;
import org.privacyrights.web.config.auth.StaffSignIn;
import org.privacyrights.web.config.client.ClientAddresses;

/**
 * Staff sign in once and then call the API with a short-lived token ({@code Authorization: Bearer pst....}) instead
 * of sending their password, and paying its hash, on every call. Counted like any sign-in.
 */
@Path("auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokenResource {

    @Inject
    ClientAddresses clients;

    @Inject
    StaffSignIn signIn;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A staff API token for a user name and password: {\"token\",\"tokenType\",\"expiresAt\"}")
    public Response issue(@NotNull(message = "a JSON body is required") @Valid TokenRequestBody body) {
        CredentialValidationResult result;
        try {
            result = signIn.signIn(new UsernamePasswordCredential(body.username, body.password), clients.of(request));
        } catch (SignInThrottledException refused) {
            return Response.fromResponse(ErrorBody.of(
                                    429,
                                    "too_many_requests",
                                    "Too many sign-in attempts for this user or from this address; try again later")
                            .toResponse())
                    .header("Retry-After", refused.retryAfter().toSeconds())
                    .build();
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return ErrorBody.of(401, "unauthorized", "The user name or password is not correct")
                    .toResponse();
        }
        return Response.ok(signIn.issueToken(result)).build();
    }
}

package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.security.Roles;
import org.privacyrights.staff.application.SignInThrottledException;
import org.privacyrights.staff.application.StaffDirectory;
import org.privacyrights.web.api.error.ErrorBody;
import org.privacyrights.web.config.auth.StaffSignIn;
import org.privacyrights.web.config.client.ClientAddresses;

/** The signed-in staff member's own account: who they are, and changing their password. */
@Path("staff/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
@SecurityRequirement(name = "staffToken")
public class StaffSelfResource {

    private static final List<String> STAFF_ROLES = List.of(Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR);

    @EJB
    StaffDirectory staff;

    @Inject
    ClientAddresses clients;

    @Inject
    StaffSignIn signIn;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /** Who the caller is and the roles they have now. */
    public record Me(String username, List<String> roles) {}

    @GET
    @Operation(summary = "The caller's user name and roles")
    public Me me() {
        return new Me(
                security.getUserPrincipal().getName(),
                STAFF_ROLES.stream().filter(security::isUserInRole).toList());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password: {\"currentPassword\",\"newPassword\"}; earlier tokens end")
    public Response changePassword(@NotNull(message = "a JSON body is required") @Valid PasswordChangeBody body) {
        String username = security.getUserPrincipal().getName();
        try {
            signIn.admit(username, clients.of(request));
        } catch (SignInThrottledException refused) {
            return Response.fromResponse(ErrorBody.of(
                                    429, "too_many_requests", "Too many password checks for this user; try again later")
                            .toResponse())
                    .header("Retry-After", refused.retryAfter().toSeconds())
                    .build();
        }
        staff.changeOwnPassword(body.currentPassword, body.newPassword);
        signIn.forget(username);
        return Response.noContent().build();
    }
}

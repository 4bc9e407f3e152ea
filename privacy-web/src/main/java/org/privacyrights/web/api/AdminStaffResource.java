package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.staff.application.StaffCredentials;
import org.privacyrights.staff.application.StaffDirectory;

/** Staff user administration (ADMIN only, enforced by the EJB boundary). */
@Path("admin/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminStaffResource {

    @EJB
    StaffDirectory staff;

    @GET
    public List<StaffCredentials> list() {
        return staff.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff user with roles ADMIN, DPO, AGENT and/or AUDITOR")
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewStaffBody body) {
        StaffCredentials created = staff.create(
                body.username, body.displayName, Set.copyOf(body.roles), body.password, body.email, body.language);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a staff user other roles (not one's own)")
    public StaffCredentials changeRoles(
            @PathParam("username") String username,
            @NotNull(message = "a JSON body is required") @Valid StaffRolesBody body) {
        return staff.changeRoles(username, Set.copyOf(body.roles));
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a staff user sign in, or shut them out (not oneself)")
    public StaffCredentials setEnabled(
            @PathParam("username") String username,
            @NotNull(message = "a JSON body is required") @Valid StaffEnabledBody body) {
        return staff.setEnabled(username, body.enabled);
    }
}

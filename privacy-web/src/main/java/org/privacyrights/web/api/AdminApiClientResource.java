package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.apiclient.application.ApiClientView;
import org.privacyrights.apiclient.application.ApiClients;

/** Administrators issue each calling system its key (shown once) and revoke it. */
@Path("admin/api-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminApiClientResource {

    @EJB
    ApiClients clients;

    @GET
    public List<ApiClientView> list() {
        return clients.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a key to a system with the scopes it needs; the key is in this answer only",
            description = "scopes: RECORD_CONSENT, CHECK_CONSENT, LOGIN_GATE, UNSUBSCRIBE_HEADERS,"
                    + " VOUCH_FOR_LOGGED_IN_USER (the last only with vouchSystem, the name the address's owner is"
                    + " told, and vouchDomains, the address domains it speaks for). A call outside the key's scopes"
                    + " gets 403.")
    public Response issue(@NotNull(message = "a JSON body is required") @Valid ApiClientBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(clients.issue(body.name, body.scopes(), body.vouchSystem, body.vouchDomains))
                .build();
    }

    @POST
    @Path("{name}/revoke")
    @Operation(summary = "Revoke a system's key")
    public ApiClientView revoke(@PathParam("name") String name) {
        return clients.revoke(name);
    }
}

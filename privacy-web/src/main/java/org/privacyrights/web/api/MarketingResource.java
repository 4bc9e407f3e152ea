package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.privacyrights.marketing.application.MarketingSignups;
import org.privacyrights.web.config.client.ClientAddresses;

/** Sign-up forms post here; the person confirms from the mail (double opt-in) before anything is granted. */
@Path("marketing/signups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MarketingResource {

    @Inject
    ClientAddresses clients;

    @EJB
    MarketingSignups signups;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up for marketing mail; a confirmation link goes to the address. Same answer for all.")
    @APIResponse(responseCode = "202", description = "A confirmation mail is on its way")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client")
    public Response signUp(
            @NotNull(message = "a JSON body is required") @Valid SignupBody body, @Context HttpServletRequest http) {
        signups.signUp(body.command(), clients.of(http));
        return Response.accepted(Json.createObjectBuilder()
                        .add("status", "confirmation-sent")
                        .build())
                .build();
    }
}

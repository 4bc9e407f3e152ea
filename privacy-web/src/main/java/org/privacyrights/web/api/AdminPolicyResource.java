package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.policy.application.PolicyService;
import org.privacyrights.policy.application.PolicyText;

/** Staff publish policy versions and see how many people accepted each. */
@Path("admin/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminPolicyResource {

    @EJB
    PolicyService policies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of a document; with requiresAcknowledgement people accept it again")
    public Response publish(@NotNull(message = "a JSON body is required") @Valid PublishPolicyBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(policies.publish(body.command()))
                .build();
    }

    @GET
    @Operation(summary = "The current version of each document of a channel")
    public List<PolicyText> current(
            @QueryParam("channel") String channel, @QueryParam("language") @DefaultValue("en") String language) {
        if (channel == null || channel.isBlank()) {
            throw new InvalidInputException("channel", "is required");
        }
        return policies.current(channel, language);
    }

    @GET
    @Path("{document}/coverage")
    @Operation(summary = "Per version, how many people accepted it")
    public Map<Integer, Long> coverage(@PathParam("document") String document) {
        return policies.coverage(document);
    }
}

package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.policy.application.AcknowledgementGate;
import org.privacyrights.policy.application.GateAnswer;

/** The login gate for other applications: ask at sign-in, send the person to the page if they must accept. */
@Path("acknowledgements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "system")
public class AcknowledgementResource {

    @EJB
    AcknowledgementGate gate;

    @GET
    @Path("check")
    @Operation(
            summary = "Has the person accepted the current version of every document this channel requires? If not,"
                    + " acknowledgeUrl is the page to send their browser to; it returns them to 'return'")
    public GateAnswer check(
            @QueryParam("subject") String subject,
            @QueryParam("channel") String channel,
            @QueryParam("return") String returnUrl) {
        return gate.check(subject, channel, returnUrl);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the person accepted a version the calling system showed them itself")
    public Response record(@NotNull(message = "a JSON body is required") @Valid AcknowledgementBody body) {
        gate.record(
                body.subject, body.document, body.version, body.language, body.channel, body.ipAddress, body.userAgent);
        return Response.status(Response.Status.CREATED).build();
    }
}

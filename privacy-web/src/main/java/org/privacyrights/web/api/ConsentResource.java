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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.consent.application.ConsentAnswer;
import org.privacyrights.consent.application.ConsentCheck;
import org.privacyrights.consent.application.ConsentReceipt;
import org.privacyrights.consent.application.ConsentService;
import org.privacyrights.consent.application.PurposeView;
import org.privacyrights.marketing.application.OneClickUnsubscribe;

/** The consent API other systems call with their API key: record a decision, check one before processing. */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "system")
public class ConsentResource {

    @EJB
    ConsentService consents;

    @EJB
    ConsentCheck check;

    @EJB
    OneClickUnsubscribe unsubscribe;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a decision (granted true or false) with the exact notice shown; a withdrawal is"
                    + " recorded the same way and the check API answers from it at once")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the sealed record")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the purpose does not exist")
    public Response record(@NotNull(message = "a JSON body is required") @Valid ConsentBody body) {
        ConsentReceipt receipt = consents.record(body.command());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /**
     * Served by {@link ConsentCheckServlet}, which takes the path first; declared here so that the API description
     * lists it.
     */
    @GET
    @Path("check")
    @Operation(summary = "Whether the person has granted the purpose now, and the record that says so")
    @APIResponse(responseCode = "200", description = "granted true or false; recordId null if never decided")
    @APIResponse(responseCode = "404", description = "No such purpose")
    public ConsentAnswer check(@QueryParam("subject") String subject, @QueryParam("purpose") String purpose) {
        return check.check(subject, purpose);
    }

    @GET
    @Path("unsubscribe-headers")
    @Operation(
            summary = "The List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058) a marketing mail to this"
                    + " person carries; the URL is signed for them and this purpose")
    public Map<String, String> unsubscribeHeaders(
            @QueryParam("subject") String subject, @QueryParam("purpose") String purpose) {
        return unsubscribe.headers(subject, purpose);
    }

    @GET
    @Path("purposes")
    @Operation(summary = "The purposes one can consent to")
    public List<PurposeView> purposes() {
        return consents.purposes();
    }
}

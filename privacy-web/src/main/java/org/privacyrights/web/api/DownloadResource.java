package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.privacyrights.export.application.DownloadGrant;
import org.privacyrights.export.application.DownloadService;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.web.api.error.ErrorBody;
import org.privacyrights.web.config.client.ClientAddresses;

/**
 * The export download behind the link the subject was mailed: first a code to the request's address, then the
 * archive for that code. Unknown, expired and altered links are the same 404.
 */
@Path("downloads/{token}")
@RequestScoped
public class DownloadResource {

    @Inject
    ClientAddresses clients;

    @EJB
    DownloadService downloads;

    @Inject
    ExportStore store;

    @POST
    @Path("code")
    @Operation(summary = "Mail a code to the request's address, which then releases the archive")
    @APIResponse(responseCode = "202", description = "Sent")
    @APIResponse(responseCode = "404", description = "The link opens nothing (unknown, expired or altered)")
    public Response sendCode(@PathParam("token") String token, @Context HttpServletRequest http) {
        if (!downloads.sendCode(token, clients.of(http))) {
            throw new NotFoundException("Download");
        }
        return Response.accepted().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "The archive, for the mailed code")
    @APIResponse(responseCode = "200", description = "The ZIP: data files, manifest.json, summary.html, summary.pdf")
    @APIResponse(responseCode = "404", description = "The link opens nothing (unknown, expired or altered)")
    @APIResponse(responseCode = "422", description = "The code is wrong, used or expired")
    public Response download(
            @PathParam("token") String token,
            @NotNull(message = "a JSON body is required") @Valid VerifyBody body,
            @Context HttpServletRequest http) {
        Optional<DownloadGrant> grant = downloads.release(token, body.code, clients.of(http));
        if (grant.isEmpty()) {
            if (!downloads.exists(token)) {
                throw new NotFoundException("Download");
            }
            return ErrorBody.of(422, "verification_failed", "The code is not valid: it may be wrong, used or expired")
                    .toResponse();
        }
        String requestId = grant.get().requestId();
        StreamingOutput archive = out -> {
            try (InputStream in = store.openArchive(requestId)) {
                in.transferTo(out);
            }
        };
        return Response.ok(archive, "application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + grant.get().fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.consent.application.ConsentReceipt;
import org.privacyrights.consent.application.ConsentService;
import org.privacyrights.platform.InvalidInputException;

/** Staff read a subject's consent history and the exact notices behind it. */
@Path("admin/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminConsentResource {

    @EJB
    ConsentService consents;

    @GET
    @Operation(summary = "Every consent decision of the person with this email address, oldest first")
    public List<ConsentReceipt> history(@QueryParam("subject") String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("subject", "is required: the person's email address");
        }
        return consents.history(subject);
    }

    @GET
    @Path("notices/{hash}")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The exact text a person was shown, by the hash their records name")
    public String notice(@PathParam("hash") String hash) {
        return consents.noticeText(hash);
    }
}

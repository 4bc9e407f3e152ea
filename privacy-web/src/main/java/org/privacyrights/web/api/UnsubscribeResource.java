package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.privacyrights.marketing.application.OneClickUnsubscribe;
import org.privacyrights.marketing.application.UnsubscribeLinkUsedException;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.web.config.client.ClientAddresses;

/**
 * The {@code List-Unsubscribe} URL of marketing mail. POST (RFC 8058 one-click, no login) unsubscribes; GET only
 * shows a button, because link scanners fetch every URL in a mail and must not unsubscribe anybody. A link works
 * once; a replay, even one racing the first use, answers what the first use did and does nothing.
 */
@Path("unsubscribe/{token}")
@RequestScoped
public class UnsubscribeResource {

    private static final String PAGE =
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe</title></head>
            <body><main><h1>Unsubscribe</h1><p>Press the button to stop receiving these mails.</p>
            <form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
            <button type="submit">Unsubscribe</button></form></main></body></html>
            """;

    @Inject
    ClientAddresses clients;

    @EJB
    OneClickUnsubscribe unsubscribe;

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One-click unsubscribe (RFC 8058): withdraws the consent and takes the address off the lists")
    public Response unsubscribe(@PathParam("token") String token, @Context HttpServletRequest http) {
        RequestReceipt receipt;
        try {
            receipt = unsubscribe.unsubscribe(token, clients.of(http), http.getHeader("User-Agent"));
        } catch (UnsubscribeLinkUsedException e) {
            receipt = unsubscribe.earlierUse(token).orElse(new RequestReceipt(null, OneClickUnsubscribe.ALREADY_DONE));
        } catch (EJBException e) {
            // A use that lost the race only when committing: the winner's use is there by now.
            receipt = unsubscribe.earlierUse(token).orElseThrow(() -> e);
        }
        return Response.ok(receipt).header("Cache-Control", "no-store").build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A page with the unsubscribe button; fetching it changes nothing")
    public Response page(@PathParam("token") String token) {
        return Response.ok(PAGE)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; form-action 'self'")
                .build();
    }
}

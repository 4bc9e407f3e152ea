package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.privacyrights.request.application.VouchDisputes;

/**
 * The link mailed to an address when a system filed a request in its name. GET only shows a button, because link
 * scanners fetch every URL in a mail and must not stop anybody's request; POST (the button, no login) stops a
 * request whose work has not started, or tells staff. Unknown and used links are the same 404.
 */
@Path("vouched-requests/{token}")
@RequestScoped
public class VouchedRequestResource {

    private static final String PAGE =
            """
            <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
            <body><main><h1>%s</h1><p>%s</p>%s</main></body></html>
            """;
    private static final String BUTTON = "<form method=\"post\"><button type=\"submit\">%s</button></form>";

    @EJB
    VouchDisputes disputes;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "A page with the button that stops a request made in the address's name; fetching it changes"
                    + " nothing")
    public Response page(@PathParam("token") String token, @HeaderParam("Accept-Language") String languages) {
        ResourceBundle text = bundle(languages);
        return html(
                text,
                text.getString("vouched.title"),
                text.getString("vouched.question"),
                BUTTON.formatted(text.getString("vouched.stop")));
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "Stops a request a system made in the address's name before its work starts; after, staff"
                    + " are told")
    public Response dispute(@PathParam("token") String token, @HeaderParam("Accept-Language") String languages) {
        VouchDisputes.Outcome outcome = disputes.dispute(token);
        ResourceBundle text = bundle(languages);
        return html(
                text,
                text.getString("vouched.title"),
                text.getString(outcome == VouchDisputes.Outcome.STOPPED ? "vouched.stopped" : "vouched.staffTold"),
                "");
    }

    private static Response html(ResourceBundle text, String title, String body, String form) {
        String language = text.getLocale().getLanguage().isEmpty()
                ? "en"
                : text.getLocale().getLanguage();
        return Response.ok(PAGE.formatted(language, title, title, body, form))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; form-action 'self'")
                .build();
    }

    private static ResourceBundle bundle(String acceptLanguage) {
        Locale locale = acceptLanguage != null
                        && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("de")
                ? Locale.GERMAN
                : Locale.ENGLISH;
        // No fallback to the server's own locale: English is the base bundle.
        return ResourceBundle.getBundle(
                "org.privacyrights.web.i18n.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

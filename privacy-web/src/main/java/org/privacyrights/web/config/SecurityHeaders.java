package org.privacyrights.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries. Pages and API answers are personal (a request's status, a subject's
 * consents, staff views), so nothing but static resources may be stored by a browser or proxy. Scripts on pages
 * are limited further by PrimeFaces' nonce policy (primefaces.CSP), which this policy leaves in force.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Pages: their inline scripts must also carry the nonce of PrimeFaces' own Content-Security-Policy header. */
    static final String PAGE_SCRIPTS = "; script-src 'self' 'unsafe-inline'";

    static final String OTHER_SCRIPTS = "; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers. Also called by the authentication mechanism, whose redirects to the login page and 401
     * challenges are answered before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        response.setHeader("Content-Security-Policy", POLICY + (isPage(path) ? PAGE_SCRIPTS : OTHER_SCRIPTS));
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Links carry tokens (download, verification, unsubscribe): they must never leave in a Referer.
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.endsWith("/");
    }
}

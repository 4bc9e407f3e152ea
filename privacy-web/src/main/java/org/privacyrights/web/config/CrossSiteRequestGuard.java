package org.privacyrights.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing calls to the staff API ({@code /api/v1/admin}, {@code /api/v1/staff}, {@code /api/v1/auth})
 * that a form on another site could send: a browser that remembers a staff member's Basic credentials would send
 * them along. A form can only send form, multipart or plain-text bodies and no headers of its own, so a call must
 * carry a JSON content type or an {@code X-Requested-By} header; both make a browser ask first (CORS), and the
 * platform answers no other origin. Reads (GET, HEAD, OPTIONS) change nothing and pass.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteRequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "X-Requested-By";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String REFUSED = "{\"status\":403,\"error\":\"cross_site_refused\",\"message\":\"A call that"
            + " changes something needs a JSON body (Content-Type: application/json) or an X-Requested-By header\","
            + "\"violations\":[]}";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (refused(request.getMethod(), path, request.getContentType(), request.getHeader(HEADER))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a call could have come from another site's form and must be refused. */
    static boolean refused(String method, String path, String contentType, String requestedBy) {
        if (READS.contains(method.toUpperCase(Locale.ROOT)) || !guarded(path)) {
            return false;
        }
        return !(isJson(contentType) || (requestedBy != null && !requestedBy.isBlank()));
    }

    private static boolean guarded(String path) {
        return path.startsWith("/api/v1/admin/")
                || path.equals("/api/v1/admin")
                || path.startsWith("/api/v1/staff/")
                || path.startsWith("/api/v1/auth/");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}

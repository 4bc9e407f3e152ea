package org.privacyrights.web.config.auth;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * The attributes of the session cookie issued at sign-in, written into its {@code Set-Cookie} header: HttpOnly,
 * SameSite=Strict, and Secure where the platform is reached over HTTPS. Payara Micro 6 leaves out the SameSite
 * attribute of web.xml's cookie-config and the Secure flag of the session cookie configuration, so the header is
 * completed here, where the id of a signed-in session is issued.
 */
final class SessionCookieAttributes {

    private SessionCookieAttributes() {}

    /** Completes every {@code Set-Cookie} header of the response that sets the session cookie {@code name}. */
    static void complete(HttpServletResponse response, String name, boolean secure) {
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        boolean first = true;
        for (String cookie : cookies) {
            String value = cookie.startsWith(name + "=") ? complete(cookie, secure) : cookie;
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    static String complete(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder completed = new StringBuilder(cookie);
        if (!lower.contains("; httponly")) {
            completed.append("; HttpOnly");
        }
        if (secure && !lower.contains("; secure")) {
            completed.append("; Secure");
        }
        if (!lower.contains("; samesite=")) {
            completed.append("; SameSite=Strict");
        }
        return completed.toString();
    }
}

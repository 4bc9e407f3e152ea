package org.privacyrights.web.config;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The staff session cookie is {@code Secure} where the platform is reached over HTTPS ({@code privacy.base-url}
 * starts with {@code https://}), also behind a proxy that ends TLS and forwards plain HTTP: the browser then never
 * sends it over an unencrypted connection. HttpOnly and SameSite=Strict are set in web.xml.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig()
                .getOptionalValue("privacy.base-url", String.class)
                .orElse("");
        apply(event.getServletContext().getSessionCookieConfig(), baseUrl);
    }

    static void apply(SessionCookieConfig cookie, String baseUrl) {
        cookie.setHttpOnly(true);
        if (baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
            cookie.setSecure(true);
        }
    }
}

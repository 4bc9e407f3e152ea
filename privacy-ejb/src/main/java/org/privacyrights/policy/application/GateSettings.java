package org.privacyrights.policy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the acknowledgement page may send people back to: only below the registered prefixes
 * ({@code privacy.gate.return-urls}, each ending in "/"), so the page is never an open redirect.
 */
@ApplicationScoped
public class GateSettings {

    static final Duration TICKET_LIFETIME = Duration.ofMinutes(30);

    // A plain string: Payara's injection of Optional<List<String>> fails at the first call.
    @Inject
    @ConfigProperty(name = "privacy.gate.return-urls", defaultValue = " ")
    String returnUrls;

    boolean allowsReturnTo(String url) {
        if (url == null || url.length() > 2000) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getRawUserInfo() != null) {
            return false;
        }
        return Arrays.stream(returnUrls.split(","))
                .map(String::trim)
                .filter(prefix -> prefix.endsWith("/"))
                .anyMatch(prefix -> uri.normalize().toString().startsWith(prefix));
    }
}

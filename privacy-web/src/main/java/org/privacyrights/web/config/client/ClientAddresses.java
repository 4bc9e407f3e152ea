package org.privacyrights.web.config.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address every rate limit and record takes as the client's, for every page, resource and servlet: the direct
 * peer, or, behind the installation's own proxies ({@code privacy.http.trusted-proxies}, CIDR blocks, none by
 * default), the client they forwarded for. No other class reads {@code getRemoteAddr} or a forwarding header.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "privacy.http.trusted-proxies")
    Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    /** The client of this request. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (proxies.isEmpty()) {
            return peer;
        }
        return proxies.client(peer, headers(request, "Forwarded"), headers(request, "X-Forwarded-For"));
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        return Collections.list(request.getHeaders(name));
    }
}

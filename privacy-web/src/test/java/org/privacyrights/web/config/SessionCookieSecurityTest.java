package org.privacyrights.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieSecurityTest {

    @Test
    void theSessionCookieIsSecureWhereThePlatformIsReachedOverHttps() {
        Map<String, Object> https = new HashMap<>();
        SessionCookieSecurity.apply(cookieConfig(https), "https://privacy.example.org/");
        assertThat(https).containsEntry("setSecure", true).containsEntry("setHttpOnly", true);

        Map<String, Object> http = new HashMap<>();
        SessionCookieSecurity.apply(cookieConfig(http), "http://localhost:8080/");
        assertThat(http).doesNotContainKey("setSecure").containsEntry("setHttpOnly", true);
    }

    /** A cookie configuration that records what was set on it. */
    private static SessionCookieConfig cookieConfig(Map<String, Object> set) {
        return (SessionCookieConfig) Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length == 1) {
                        set.put(method.getName(), args[0]);
                    }
                    return null;
                });
    }
}

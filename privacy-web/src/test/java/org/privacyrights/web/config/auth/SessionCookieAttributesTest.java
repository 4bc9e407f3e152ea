package org.privacyrights.web.config.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieAttributesTest {

    @Test
    void theSessionCookieGetsSecureOverHttpsAndSameSiteAlways() {
        assertThat(SessionCookieAttributes.complete("JSESSIONID=abc; Path=/; HttpOnly", true))
                .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; Secure; SameSite=Strict");
        assertThat(SessionCookieAttributes.complete("JSESSIONID=abc; Path=/", false))
                .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict");
    }

    @Test
    void attributesAlreadyThereAreNotRepeated() {
        assertThat(SessionCookieAttributes.complete("JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Lax", true))
                .isEqualTo("JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Lax");
    }
}

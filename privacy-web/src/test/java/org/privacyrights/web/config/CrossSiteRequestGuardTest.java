package org.privacyrights.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestGuardTest {

    private static final String APPROVE = "/api/v1/admin/requests/r1/approve";

    @Test
    void whatAFormOnAnotherSiteCanSendIsRefused() {
        for (String formType : new String[] {
            null, "", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain;charset=UTF-8"
        }) {
            assertThat(CrossSiteRequestGuard.refused("POST", APPROVE, formType, null))
                    .as(formType)
                    .isTrue();
        }
        assertThat(CrossSiteRequestGuard.refused("PUT", "/api/v1/admin/staff/ada/enabled", "text/plain", null))
                .isTrue();
        assertThat(CrossSiteRequestGuard.refused("DELETE", "/api/v1/admin/api-clients/c1", null, " "))
                .isTrue();
        assertThat(CrossSiteRequestGuard.refused("POST", "/api/v1/staff/me/password", "text/plain", null))
                .isTrue();
        assertThat(CrossSiteRequestGuard.refused("POST", "/api/v1/auth/token", "text/plain", null))
                .isTrue();
    }

    @Test
    void aJsonBodyOrTheCustomHeaderPasses() {
        assertThat(CrossSiteRequestGuard.refused("POST", APPROVE, "application/json", null))
                .isFalse();
        assertThat(CrossSiteRequestGuard.refused("POST", APPROVE, "Application/JSON; charset=utf-8", null))
                .isFalse();
        assertThat(CrossSiteRequestGuard.refused("POST", APPROVE, "application/merge-patch+json", null))
                .isFalse();
        assertThat(CrossSiteRequestGuard.refused("POST", APPROVE, null, "curl")).isFalse();
    }

    @Test
    void readsAndCallsOutsideTheStaffApiPass() {
        assertThat(CrossSiteRequestGuard.refused("GET", "/api/v1/admin/requests", null, null))
                .isFalse();
        assertThat(CrossSiteRequestGuard.refused("HEAD", "/api/v1/admin/requests", null, null))
                .isFalse();
        // One-click unsubscribe is a form post from a mail client by design; consents come from systems' keys.
        assertThat(CrossSiteRequestGuard.refused(
                        "POST", "/api/v1/unsubscribe/x", "application/x-www-form-urlencoded", null))
                .isFalse();
        assertThat(CrossSiteRequestGuard.refused("POST", "/api/v1/administrator", "text/plain", null))
                .isFalse();
    }
}

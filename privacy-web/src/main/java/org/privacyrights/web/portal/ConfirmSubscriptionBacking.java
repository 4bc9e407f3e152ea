package org.privacyrights.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.privacyrights.marketing.application.MarketingSignups;

/**
 * The double opt-in link's page. Opening it confirms nothing (mail scanners open links too); the button does, once.
 */
@Named
@ViewScoped
public class ConfirmSubscriptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MarketingSignups signups;

    private String token;
    private String purpose;
    private boolean confirmed;

    public void load() {
        purpose = signups.pending(token).orElse(null);
    }

    public void confirm() {
        confirmed = signups.confirm(token, PortalFaces.clientAddress(), PortalFaces.userAgent());
        if (!confirmed) {
            purpose = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}

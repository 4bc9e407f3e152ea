package org.privacyrights.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.privacyrights.verification.application.IdentityRefusals;

/**
 * The page behind the link mailed to the owner of an identity that joined a request. Opening it takes nothing off
 * (mail scanners open links too); the button does, once.
 */
@Named
@ViewScoped
public class IdentityRefusalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdentityRefusals refusals;

    private String token;
    private String identity;
    private IdentityRefusals.Outcome outcome;

    public void load() {
        identity = refusals.pending(token).orElse(null);
    }

    public void refuse() {
        IdentityRefusals.Outcome result = refusals.refuse(token, PortalFaces.clientAddress());
        outcome = result == IdentityRefusals.Outcome.INVALID ? null : result;
        if (result == IdentityRefusals.Outcome.INVALID) {
            identity = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getIdentity() {
        return identity;
    }

    public String getOutcome() {
        return outcome == null ? null : outcome.name();
    }
}

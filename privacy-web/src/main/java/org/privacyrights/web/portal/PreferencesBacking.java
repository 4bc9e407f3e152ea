package org.privacyrights.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.preference.application.PreferenceCentre;
import org.privacyrights.preference.application.PreferencesView;
import org.privacyrights.verification.application.RateLimitedException;

/**
 * The preference centre: without a link, asking for one by address; with a valid link, the person's consents,
 * stopping all marketing, and policies waiting for acceptance. Changes are postbacks, never GETs.
 */
@Named
@ViewScoped
public class PreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PreferenceCentre centre;

    private String token;
    private String email;
    private boolean linkSent;
    private PreferencesView view;

    /** Opens the preferences the link names; an invalid or expired link shows the form for a new one. */
    public void load() {
        if (token != null && !token.isBlank() && centre.holder(token).isPresent()) {
            refresh();
        }
    }

    private void refresh() {
        view = centre.open(token, language());
    }

    public void sendLink() {
        try {
            centre.sendLink(email, language(), PortalFaces.clientAddress());
            linkSent = true;
        } catch (InvalidInputException e) {
            PortalFaces.message(FacesMessage.SEVERITY_ERROR, "portal.preferences.badAddress");
        } catch (RateLimitedException e) {
            PortalFaces.message(FacesMessage.SEVERITY_ERROR, "portal.tooMany");
        }
    }

    public void switchOn(String purpose) {
        decide(purpose, true);
    }

    public void switchOff(String purpose) {
        decide(purpose, false);
    }

    private void decide(String purpose, boolean granted) {
        if (act(() -> centre.decide(token, purpose, granted, PortalFaces.clientAddress(), PortalFaces.userAgent()))) {
            PortalFaces.message(FacesMessage.SEVERITY_INFO, "portal.preferences.saved");
        }
    }

    public void stopMarketing() {
        if (act(() -> centre.stopMarketing(token, PortalFaces.clientAddress(), PortalFaces.userAgent()))) {
            PortalFaces.message(FacesMessage.SEVERITY_INFO, "portal.preferences.marketingStopped");
        }
    }

    public void acknowledge() {
        if (act(() -> centre.acknowledge(token, language(), PortalFaces.clientAddress(), PortalFaces.userAgent()))) {
            PortalFaces.message(FacesMessage.SEVERITY_INFO, "portal.preferences.accepted");
        }
    }

    /** Runs a change for the link's holder and re-reads the page; an expired link says so. */
    private boolean act(Runnable change) {
        try {
            change.run();
            refresh();
            return true;
        } catch (InvalidInputException e) {
            view = null;
            PortalFaces.message(FacesMessage.SEVERITY_ERROR, "portal.preferences.invalid");
            return false;
        }
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public boolean isOpen() {
        return view != null;
    }

    public boolean isInvalidLink() {
        return view == null && token != null && !token.isBlank();
    }

    public PreferencesView getView() {
        return view;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isLinkSent() {
        return linkSent;
    }
}

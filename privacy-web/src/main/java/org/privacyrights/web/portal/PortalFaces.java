package org.privacyrights.web.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ResourceBundle;
import org.privacyrights.web.config.client.ClientAddresses;

/** What the portal's backing beans need of the current Faces request: the client's address, and messages. */
final class PortalFaces {

    private PortalFaces() {}

    /** The address rate limits count against (see {@link ClientAddresses}). */
    static String clientAddress() {
        return CDI.current().select(ClientAddresses.class).get().of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** The browser's own description of itself, kept with an acknowledgement as proof. */
    static String userAgent() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getHeader("User-Agent");
    }

    /** Whether the browser sends the Global Privacy Control signal ({@code Sec-GPC: 1}). */
    static boolean globalPrivacyControl() {
        return "1"
                .equals(((HttpServletRequest) FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest())
                        .getHeader("Sec-GPC"));
    }

    /** A page-level message in the visitor's language, from the bundle key. */
    static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(severity, bundle.getString(key), null));
    }
}

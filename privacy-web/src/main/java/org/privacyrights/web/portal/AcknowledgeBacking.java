package org.privacyrights.web.portal;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.policy.application.AcknowledgementGate;
import org.privacyrights.policy.application.PolicyText;

/**
 * The page the login gate sends people to: the documents waiting for them, and one button that records their
 * acceptance and takes them back to where they were signing in. The signed ticket says who and where back to.
 */
@Named
@ViewScoped
public class AcknowledgeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AcknowledgementGate gate;

    private String ticket;
    private List<PolicyText> documents = List.of();
    private boolean valid;

    public void load() {
        try {
            documents = gate.waiting(ticket, language());
            valid = true;
        } catch (EJBException | InvalidInputException e) {
            valid = false;
        }
    }

    public void accept() throws IOException {
        String back;
        try {
            back = gate.acknowledge(
                    ticket,
                    language(),
                    PortalFaces.clientAddress(),
                    PortalFaces.userAgent(),
                    PortalFaces.globalPrivacyControl());
        } catch (EJBException | InvalidInputException e) {
            valid = false;
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(back);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public List<PolicyText> getDocuments() {
        return documents;
    }

    public boolean isValid() {
        return valid;
    }
}

package org.privacyrights.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.verification.application.RateLimitedException;
import org.privacyrights.web.shared.LocaleBacking;

/** The portal's request form. */
@Named
@ViewScoped
public class SubmitRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    @Inject
    private LocaleBacking locale;

    private RequestType type;
    private String email;
    private String details;
    private String reference;

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SubmitRequest submission = new SubmitRequest(type, email, details, Channel.PORTAL, locale.getLanguage());
            reference = requests.submit(submission, null, PortalFaces.clientAddress())
                    .id();
        } catch (InvalidInputException | RateLimitedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public List<RequestType> getTypes() {
        return List.of(RequestType.values());
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getReference() {
        return reference;
    }
}

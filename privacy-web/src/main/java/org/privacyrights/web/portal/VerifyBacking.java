package org.privacyrights.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ResourceBundle;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.SubjectRequestView;
import org.privacyrights.verification.application.RateLimitedException;
import org.privacyrights.verification.application.VerificationResult;
import org.privacyrights.verification.application.VerificationService;

/**
 * The confirmation step: the code typed in, or the link's token confirmed with a button (never by merely opening
 * the link, which mail scanners do), then the request's status.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VerificationService verification;

    @Inject
    private RequestQueries queries;

    private String request;
    private String token;
    private String code;
    private SubjectRequestView status;

    public void verify() {
        try {
            VerificationResult result = verification.verify(request, blankToNull(code), blankToNull(token), client());
            if (result.verified()) {
                status = queries.forSubject(request, result.subjectToken());
            } else {
                error("portal.verify.refused");
            }
        } catch (RateLimitedException e) {
            error("portal.tooMany");
        }
    }

    public void sendNewCode() {
        try {
            verification.resend(request, client());
            token = null;
            info("portal.verify.newCodeSent");
        } catch (RateLimitedException e) {
            error("portal.tooMany");
        }
    }

    private static String client() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    private static void error(String key) {
        message(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void info(String key) {
        message(FacesMessage.SEVERITY_INFO, key);
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(severity, bundle.getString(key), null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isVerified() {
        return status != null;
    }

    public SubjectRequestView getStatus() {
        return status;
    }
}

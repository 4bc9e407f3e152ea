package org.privacyrights.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.SubjectRequestView;
import org.privacyrights.request.domain.RequestStatus;
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
    /** Proves the verified subject to the status query on every refresh; never leaves the server. */
    private String subjectToken;

    public void verify() {
        try {
            VerificationResult result =
                    verification.verify(request, blankToNull(code), blankToNull(token), PortalFaces.clientAddress());
            if (result.verified()) {
                subjectToken = result.subjectToken();
                refresh();
            } else {
                error("portal.verify.refused");
            }
        } catch (RateLimitedException e) {
            error("portal.tooMany");
        }
    }

    /** Re-reads where the request stands: the status page polls this while the request is open. */
    public void refresh() {
        if (subjectToken != null) {
            status = queries.forSubject(request, subjectToken);
        }
    }

    /** Whether the request may still move, so that the page keeps itself up to date. */
    public boolean isOpen() {
        return status != null && RequestStatus.valueOf(status.status()).isOpen();
    }

    public void sendNewCode() {
        try {
            verification.resend(request, PortalFaces.clientAddress());
            token = null;
            info("portal.verify.newCodeSent");
        } catch (RateLimitedException e) {
            error("portal.tooMany");
        }
    }

    private static void error(String key) {
        PortalFaces.message(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void info(String key) {
        PortalFaces.message(FacesMessage.SEVERITY_INFO, key);
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

package org.privacyrights.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Optional;
import org.privacyrights.export.application.DownloadGrant;
import org.privacyrights.export.application.DownloadService;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.verification.application.RateLimitedException;

/**
 * The page behind the mailed download link: a code to the request's address first, then the archive for that
 * code. A link that opens nothing says so, the same for unknown, expired and altered links.
 */
@Named
@ViewScoped
public class DownloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DownloadService downloads;

    @Inject
    private ExportStore store;

    private String token;
    private String code;
    private boolean codeSent;

    public boolean isAvailable() {
        return downloads.exists(token);
    }

    public void sendCode() {
        try {
            codeSent = downloads.sendCode(token, PortalFaces.clientAddress());
            if (codeSent) {
                PortalFaces.message(FacesMessage.SEVERITY_INFO, "portal.download.codeSent");
            }
        } catch (RateLimitedException e) {
            PortalFaces.message(FacesMessage.SEVERITY_ERROR, "portal.tooMany");
        }
    }

    /** Streams the archive as the response; on a wrong code the page stays with a message. */
    public void download() throws IOException {
        Optional<DownloadGrant> grant;
        try {
            grant = downloads.release(token, code, PortalFaces.clientAddress());
        } catch (RateLimitedException e) {
            PortalFaces.message(FacesMessage.SEVERITY_ERROR, "portal.tooMany");
            return;
        }
        if (grant.isEmpty()) {
            PortalFaces.message(FacesMessage.SEVERITY_ERROR, "portal.verify.refused");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/zip");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"" + grant.get().fileName() + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (InputStream in = store.openArchive(grant.get().requestId());
                OutputStream out = external.getResponseOutputStream()) {
            in.transferTo(out);
        }
        faces.responseComplete();
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

    public boolean isCodeSent() {
        return codeSent;
    }
}

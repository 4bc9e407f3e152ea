package org.privacyrights.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;
import org.privacyrights.web.config.auth.StaffAuthenticationMechanism;

/** Signs staff in and out. After sign-in it returns only to dashboard pages, never to another site. */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/staff/home.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext(next));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "org.privacyrights.web.i18n.messages", faces.getViewRoot().getLocale());
            Object throttled = external.getRequestMap().get(StaffAuthenticationMechanism.THROTTLED);
            String failed = throttled instanceof Duration wait
                    ? MessageFormat.format(bundle.getString("staff.login.throttled"), Math.max(1, wait.toMinutes()))
                    : bundle.getString("staff.login.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failed, null));
        }
    }

    public String logout() throws ServletException {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/staff/login.xhtml?faces-redirect=true";
    }

    /** Only paths inside the dashboard: an absolute or protocol-relative URL would be an open redirect. */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/staff/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("..")
                || next.startsWith("/staff/login")) {
            return HOME;
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

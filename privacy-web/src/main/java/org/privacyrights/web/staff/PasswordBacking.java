package org.privacyrights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.staff.application.SignInThrottledException;
import org.privacyrights.staff.application.StaffDirectory;
import org.privacyrights.staff.application.WeakPasswordException;
import org.privacyrights.web.config.auth.StaffSignIn;
import org.privacyrights.web.config.client.ClientAddresses;

/**
 * A staff member changes their own password, giving the current one (counted like a sign-in). The new one follows
 * the password rules; tokens and remembered matches of the old one stop working.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    ClientAddresses clients;

    @Inject
    StaffDirectory directory;

    @Inject
    StaffSignIn signIn;

    @Inject
    FacesContext faces;

    private String current;
    private String next;
    private String repeat;

    public void change() {
        if (signIn.directoryStore()) {
            StaffFaces.error(StaffFaces.text("staff.password.directory"));
            return;
        }
        if (!next.equals(repeat)) {
            StaffFaces.error(StaffFaces.text("staff.password.mismatch"));
            return;
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String username = request.getRemoteUser();
        try {
            signIn.admit(username, clients.of(request));
            directory.changeOwnPassword(current, next);
            signIn.forget(username);
            StaffFaces.info(StaffFaces.text("staff.password.changed"));
        } catch (SignInThrottledException refused) {
            StaffFaces.error(MessageFormat.format(
                    StaffFaces.text("staff.login.throttled"),
                    Math.max(1, refused.retryAfter().toMinutes())));
        } catch (WeakPasswordException weak) {
            StaffFaces.error(
                    StaffFaces.text("staff.password.weak." + weak.weakness().name()));
        } catch (InvalidInputException refused) {
            StaffFaces.error(StaffFaces.text(
                    "currentPassword".equals(refused.field().orElse(""))
                            ? "staff.password.wrongCurrent"
                            : "staff.password.same"));
        } catch (EJBException refused) {
            StaffFaces.refused(refused);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

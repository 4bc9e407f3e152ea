package org.privacyrights.web.staff;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ResourceBundle;
import org.privacyrights.staff.application.WeakPasswordException;

/** The dashboard's messages: texts from the page's bundle, and why a boundary bean refused an action. */
final class StaffFaces {

    private StaffFaces() {}

    static String text(String key) {
        return bundle().getString(key);
    }

    /** The page's messages in the viewer's language. */
    static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * Says why an action was refused: the role, the input the bean's constraints name (by {@code labels} of its
     * arguments, in order, where given), or the rule the bean stated.
     */
    static void refused(RuntimeException refusal, String... labels) {
        Throwable cause = refusal instanceof EJBException ejb && ejb.getCausedByException() != null
                ? ejb.getCausedByException()
                : refusal;
        if (refusal instanceof EJBAccessException || cause instanceof EJBAccessException) {
            error(text("staff.request.notAllowed"));
        } else if (cause instanceof WeakPasswordException weak) {
            error(text("staff.password.weak." + weak.weakness().name()));
        } else if (cause instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(v -> error(field(v, labels) + ": " + v.getMessage()));
        } else {
            error(String.valueOf(cause.getMessage()));
        }
    }

    /** The label of the argument a violation names, by its position, where there is one; else its path. */
    private static String field(ConstraintViolation<?> violation, String... labels) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                if (index < labels.length) {
                    return labels[index];
                }
            }
        }
        return violation.getPropertyPath().toString();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}

package org.privacyrights.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The page language: the browser's preference among the supported ones, until the visitor picks one. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("en", "de");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && SUPPORTED.contains(requested.getLanguage())
                    ? Locale.forLanguageTag(requested.getLanguage())
                    : Locale.ENGLISH;
        }
        return locale;
    }

    public void setLanguage(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
        }
    }

    /** Switches between English and German; the page is shown again in the other language. */
    public void switchLanguage() {
        setLanguage("en".equals(getLanguage()) ? "de" : "en");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}

package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language the visitor reads the Academy in: Dutch unless they switch to English. */
@Named("language")
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("nl", "en");

    private Locale locale = Locale.forLanguageTag("nl");

    public Locale getLocale() {
        return locale;
    }

    /** The value of {@code <html lang>}. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean is(String tag) {
        return locale.getLanguage().equals(tag);
    }

    /** Switches and shows the same page again (post-redirect-get, so a reload does not post again). */
    public String switchTo(String tag) {
        if (SUPPORTED.contains(tag)) {
            locale = Locale.forLanguageTag(tag);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}

package nl.ptvt.academy.shared.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the page bundle ({@code msg}) in the language of the current view, for beans that build messages. */
public final class Texts {

    private static final String BUNDLE_VAR = "msg";

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public static String textOr(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return context == null ? Locale.forLanguageTag("nl") : context.getApplication().getDefaultLocale();
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, BUNDLE_VAR);
    }
}

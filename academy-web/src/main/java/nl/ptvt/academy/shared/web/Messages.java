package nl.ptvt.academy.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import nl.ptvt.academy.shared.AcademyException;

/**
 * Faces messages for beans. A service exception is shown by its code ({@code error.<code>} in the bundle), with
 * the exception's own (English) detail as the fallback for a code the bundle does not know yet.
 */
public final class Messages {

    private Messages() {
    }

    /** @param clientId the input the message belongs to (such as {@code register:email}), or null for the page */
    public static void error(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void info(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String clientId, AcademyException exception) {
        error(clientId, describe(exception));
    }

    public static String describe(AcademyException exception) {
        return Texts.textOr("error." + exception.code(), exception.getMessage());
    }

    /** Keeps messages across the redirect that follows a successful post. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An invalid input is rendered with aria-invalid and the error style, not only followed by a message. */
    private static void markInvalid(FacesContext context, String clientId) {
        if (clientId == null || context.getViewRoot() == null) {
            return;
        }
        try {
            if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
                keepWhatWasTyped(context, input);
                input.setValid(false);
            }
        } catch (IllegalArgumentException notAnInput) {
            // A message for a form or other container: nothing to mark.
        }
    }

    /**
     * An invalid input is rendered from its submitted value, which Faces has already cleared once the model was
     * updated; put the current value back, so that the person does not lose what they typed.
     */
    private static void keepWhatWasTyped(FacesContext context, UIInput input) {
        Object value = input.getValue();
        if (input.getSubmittedValue() != null || value == null) {
            return;
        }
        Converter<Object> converter = input.getConverter();
        input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, input, value));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
            markInvalid(context, clientId);
        }
    }
}

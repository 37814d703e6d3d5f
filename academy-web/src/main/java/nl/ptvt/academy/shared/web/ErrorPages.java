package nl.ptvt.academy.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/** Ends a page request with the error page that fits a refusal, as the container does for a protected address. */
public final class ErrorPages {

    private ErrorPages() {
    }

    /**
     * 404 for something that does not exist (or is not visible to the caller), 403 for something the caller may not
     * use; any other exception is thrown on.
     */
    public static void refuse(RuntimeException refusal) {
        if (!(refusal instanceof AccessRefusedException) && !(refusal instanceof ResourceNotFoundException)) {
            throw refusal;
        }
        int status = refusal instanceof AccessRefusedException ? 403 : 404;
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}

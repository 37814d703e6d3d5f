package nl.ptvt.academy.authoring.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/** Ends a page request with the error page that fits a refusal, as the container does for a protected address. */
final class Responses {

    private Responses() {
    }

    /** 404 for a course that does not exist (or is not visible), 403 for one the caller may not edit. */
    static void refuse(RuntimeException refusal) {
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

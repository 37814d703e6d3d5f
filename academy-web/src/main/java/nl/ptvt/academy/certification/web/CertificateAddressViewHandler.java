package nl.ptvt.academy.certification.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Keeps a certificate's page at its own address: the forms on {@code /certificaat.xhtml} (language switch, logout)
 * post to {@code /certificaat/{code}}, where {@link CertificateAddressFilter} serves the page again. Every other view
 * is left to the handlers it wraps.
 */
public class CertificateAddressViewHandler extends ViewHandlerWrapper {

    public CertificateAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (CertificateAddressFilter.VIEW.equals(viewId)) {
            String code = context.getExternalContext().getRequestParameterMap().get("code");
            if (code != null && CertificateAddressFilter.CODE.matcher(code).matches()) {
                return context.getExternalContext().getRequestContextPath() + CertificateAddressFilter.PREFIX + code;
            }
        }
        return super.getActionURL(context, viewId);
    }
}

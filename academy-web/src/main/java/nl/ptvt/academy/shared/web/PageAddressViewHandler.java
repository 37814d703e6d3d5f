package nl.ptvt.academy.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Keeps a {@link PageAddress}'s page at its own address: its forms (language switch, logout) post there, and
 * redirects and bookmarkable links to its view (such as the redirect after switching the language, which includes the
 * view parameters) use it instead of {@code view?parameter=…}. Every other view is left to the handlers it wraps.
 */
public abstract class PageAddressViewHandler extends ViewHandlerWrapper {

    protected PageAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    protected abstract PageAddress address();

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (address().view().equals(viewId)) {
            String value = context.getExternalContext().getRequestParameterMap().get(address().parameter());
            if (address().accepts(value)) {
                return address().at(context.getExternalContext().getRequestContextPath(), value);
            }
        }
        return super.getActionURL(context, viewId);
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return pretty(context, viewId, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return pretty(context, viewId, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    private String pretty(FacesContext context, String viewId, String url) {
        return address().view().equals(viewId) ? address().pretty(context.getExternalContext().getRequestContextPath(), url) : url;
    }
}

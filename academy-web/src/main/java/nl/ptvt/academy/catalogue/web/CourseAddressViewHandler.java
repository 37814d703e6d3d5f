package nl.ptvt.academy.catalogue.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps a course page at its own address: the forms on {@code /cursus.xhtml} (language switch, logout) post to
 * {@code /cursus/{slug}}, and redirects and bookmarkable links to that view (such as the redirect after switching
 * the language, which includes the view parameters) become {@code /cursus/{slug}} instead of
 * {@code /cursus.xhtml?slug=…}. Every other view is left to the standard handler.
 */
public class CourseAddressViewHandler extends ViewHandlerWrapper {

    private static final String SLUG_PARAMETER = "slug=";

    public CourseAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (CourseAddressFilter.VIEW.equals(viewId)) {
            String slug = context.getExternalContext().getRequestParameterMap().get("slug");
            if (slug != null && CourseAddressFilter.SLUG.matcher(slug).matches()) {
                return context.getExternalContext().getRequestContextPath() + CourseAddressFilter.PREFIX + slug;
            }
        }
        return super.getActionURL(context, viewId);
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        String url = super.getRedirectURL(context, viewId, parameters, includeViewParams);
        return CourseAddressFilter.VIEW.equals(viewId) ? courseAddress(context, url) : url;
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        String url = super.getBookmarkableURL(context, viewId, parameters, includeViewParams);
        return CourseAddressFilter.VIEW.equals(viewId) ? courseAddress(context, url) : url;
    }

    /** {@code /cursus.xhtml?slug=x&a=b} (or {@code /cursus?slug=x}) becomes {@code /cursus/x?a=b}. */
    static String courseAddress(FacesContext context, String url) {
        return courseAddress(context.getExternalContext().getRequestContextPath(), url);
    }

    static String courseAddress(String contextPath, String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return url;
        }
        String slug = null;
        List<String> rest = new ArrayList<>();
        for (String parameter : url.substring(question + 1).split("&")) {
            if (slug == null && parameter.startsWith(SLUG_PARAMETER)) {
                slug = parameter.substring(SLUG_PARAMETER.length());
            } else if (!parameter.isEmpty()) {
                rest.add(parameter);
            }
        }
        if (slug == null || !CourseAddressFilter.SLUG.matcher(slug).matches()) {
            return url;
        }
        return contextPath + CourseAddressFilter.PREFIX + slug + (rest.isEmpty() ? "" : "?" + String.join("&", rest));
    }
}

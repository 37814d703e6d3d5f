package nl.ptvt.academy.catalogue.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Serves a course's page at its address in the catalogue, {@code /cursus/{slug}}, by forwarding to the Faces view
 * {@code /cursus.xhtml?slug=…}, where a view parameter takes the slug. Forms on that page post back to the same
 * address ({@link CourseAddressViewHandler}), so this filter handles their requests too. Anything that cannot be a
 * slug is not found.
 */
@WebFilter(filterName = "CourseAddressFilter", urlPatterns = "/cursus/*")
public class CourseAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/cursus/";
    static final String VIEW = "/cursus.xhtml";
    /** What {@code Slugs} makes of a title: lower-case letters and digits in groups joined by single hyphens. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String slug = slugOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (slug == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(VIEW + "?slug=" + slug).forward(request, response);
    }

    /** The slug in a path such as {@code /cursus/een-goede-gastles-geven}, or null. */
    static String slugOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String slug = path.substring(PREFIX.length());
        return SLUG.matcher(slug).matches() ? slug : null;
    }
}

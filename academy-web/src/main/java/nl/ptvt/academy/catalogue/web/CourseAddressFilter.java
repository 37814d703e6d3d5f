package nl.ptvt.academy.catalogue.web;

import jakarta.servlet.annotation.WebFilter;
import java.util.regex.Pattern;
import nl.ptvt.academy.shared.web.PageAddress;
import nl.ptvt.academy.shared.web.PageAddressFilter;

/**
 * Serves a course's page at its address in the catalogue, {@code /cursus/{slug}}, by forwarding to the Faces view
 * {@code /cursus.xhtml?slug=…}, where a view parameter takes the slug ({@link CourseAddressViewHandler} keeps the
 * page's forms and links on that address).
 */
@WebFilter(filterName = "CourseAddressFilter", urlPatterns = "/cursus/*")
public class CourseAddressFilter extends PageAddressFilter {

    private static final long serialVersionUID = 1L;
    /** What {@code Slugs} makes of a title: lower-case letters and digits in groups joined by single hyphens. */
    static final PageAddress ADDRESS = new PageAddress("/cursus/", "/cursus.xhtml", "slug",
            Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*"));

    @Override
    protected PageAddress address() {
        return ADDRESS;
    }

    /** The slug in a path such as {@code /cursus/een-goede-gastles-geven}, or null. */
    static String slugOf(String path) {
        return ADDRESS.valueOf(path);
    }
}

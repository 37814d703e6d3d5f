package nl.ptvt.academy.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page served at an address of its own, {@code prefix + value} (such as {@code /cursus/{slug}}), by the Faces view
 * {@code view?parameter=value}. {@link PageAddressFilter} serves the address, {@link PageAddressViewHandler} keeps the
 * page's forms, redirects and links on it.
 *
 * @param prefix    the address up to the value, such as {@code /cursus/}
 * @param view      the Faces view that shows the page, such as {@code /cursus.xhtml}
 * @param parameter the view parameter that takes the value, such as {@code slug}
 * @param values    what a value may look like; anything else is not this page
 */
public record PageAddress(String prefix, String view, String parameter, Pattern values) {

    public boolean accepts(String value) {
        return value != null && values.matcher(value).matches();
    }

    /** The value in a path such as {@code /cursus/een-goede-gastles-geven}, or null. */
    public String valueOf(String path) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        String value = path.substring(prefix.length());
        return accepts(value) ? value : null;
    }

    /** Where the address is served: the view with its parameter. */
    public String viewOf(String value) {
        return view + "?" + parameter + "=" + value;
    }

    public String at(String contextPath, String value) {
        return contextPath + prefix + value;
    }

    /**
     * A URL of the view with the value among its parameters ({@code /cursus.xhtml?slug=x&a=b}) as the page's own
     * address ({@code /cursus/x?a=b}); a URL without a valid value stays as it is.
     */
    public String pretty(String contextPath, String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return url;
        }
        String assignment = parameter + "=";
        String value = null;
        List<String> rest = new ArrayList<>();
        for (String pair : url.substring(question + 1).split("&")) {
            if (value == null && pair.startsWith(assignment)) {
                value = pair.substring(assignment.length());
            } else if (!pair.isEmpty()) {
                rest.add(pair);
            }
        }
        if (!accepts(value)) {
            return url;
        }
        return at(contextPath, value) + (rest.isEmpty() ? "" : "?" + String.join("&", rest));
    }
}

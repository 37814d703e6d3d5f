package nl.ptvt.academy.certification.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Serves a certificate's public page at the address in its QR code, {@code /certificaat/{code}}, by forwarding to the
 * Faces view {@code /certificaat.xhtml?code=…}. Anything that cannot be a code is not found at once, without a look-up.
 */
@WebFilter(filterName = "CertificateAddressFilter", urlPatterns = "/certificaat/*")
public class CertificateAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/certificaat/";
    static final String VIEW = "/certificaat.xhtml";
    /** Letters and digits, as a code is typed or printed (the service decides whether it is one). */
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,40}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String code = codeOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (code == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(VIEW + "?code=" + code).forward(request, response);
    }

    /** The code in a path such as {@code /certificaat/7k3m…}, or null. */
    static String codeOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String code = path.substring(PREFIX.length());
        return CODE.matcher(code).matches() ? code : null;
    }
}

package nl.ptvt.academy.certification.web;

import jakarta.servlet.annotation.WebFilter;
import java.util.regex.Pattern;
import nl.ptvt.academy.shared.web.PageAddress;
import nl.ptvt.academy.shared.web.PageAddressFilter;

/**
 * Serves a certificate's public page at the address in its QR code, {@code /certificaat/{code}}, by forwarding to the
 * Faces view {@code /certificaat.xhtml?code=…}. Anything that cannot be a code is not found at once, without a look-up.
 */
@WebFilter(filterName = "CertificateAddressFilter", urlPatterns = "/certificaat/*")
public class CertificateAddressFilter extends PageAddressFilter {

    private static final long serialVersionUID = 1L;
    /** Letters and digits, as a code is typed or printed (the service decides whether it is one). */
    static final PageAddress ADDRESS = new PageAddress("/certificaat/", "/certificaat.xhtml", "code",
            Pattern.compile("[0-9A-Za-z]{1,40}"));

    @Override
    protected PageAddress address() {
        return ADDRESS;
    }
}

package nl.ptvt.academy.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.ptvt.academy.catalogue.domain.HtmlSanitizer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * OWASP's allow-list sanitiser: text formatting, headings, paragraphs and lists, tables, links (http, https,
 * mailto; with rel="nofollow") and images over https. Scripts, event handlers, styles and frames never pass.
 */
@ApplicationScoped
public class OwaspHtmlSanitizer implements HtmlSanitizer {

    static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS).and(Sanitizers.IMAGES);

    @Override
    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html).strip();
    }
}

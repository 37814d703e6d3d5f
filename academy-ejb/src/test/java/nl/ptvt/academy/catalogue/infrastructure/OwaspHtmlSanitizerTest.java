package nl.ptvt.academy.catalogue.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OwaspHtmlSanitizerTest {

    private final OwaspHtmlSanitizer sanitizer = new OwaspHtmlSanitizer();

    @Test
    void scriptsAndEventHandlersNeverPass() {
        String clean = sanitizer.sanitize("<p>Hallo <strong>docent</strong></p><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">klik</a><iframe src=\"https://evil\"></iframe>"
                + "<p style=\"position:fixed\" onclick=\"steal()\">tekst</p>");
        assertFalse(clean.contains("<script"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("iframe"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertTrue(clean.contains("<p>Hallo <strong>docent</strong></p>"), clean);
    }

    @Test
    void ordinaryTeachingMarkupStays() {
        String html = "<h2>Opbouw</h2><ul><li>Introductie</li><li>Opdracht</li></ul>"
                + "<p>Zie <a href=\"https://www.ptvt.nl\">PTvT</a>.</p>";
        String clean = sanitizer.sanitize(html);
        assertTrue(clean.contains("<h2>Opbouw</h2><ul><li>Introductie</li><li>Opdracht</li></ul>"), clean);
        assertTrue(clean.contains("href=\"https://www.ptvt.nl\""), clean);
        assertTrue(clean.contains("rel=\"nofollow"), "links are marked nofollow: " + clean);
    }

    @Test
    void nothingStaysNothing() {
        assertNull(sanitizer.sanitize(null));
        assertEquals("", sanitizer.sanitize("<script>alert(1)</script>"));
    }
}

package nl.ptvt.academy.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void accentsCaseAndMarkupDoNotMatter() {
        Set<String> terms = SearchTerms.of("Bèta&TechMentality", "Loopbaanoriëntatie voor <strong>leerlingen</strong> &amp; ouders");
        assertTrue(terms.containsAll(Set.of("beta", "techmentality", "loopbaanorientatie", "voor", "leerlingen", "ouders")), terms.toString());
        assertFalse(terms.contains("strong"), "tags are not words");
    }

    @Test
    void aQueryIsNormalisedTheSameWay() {
        assertEquals(Set.of("beta", "techniek"), SearchTerms.ofQuery("  Bèta   TECHNIEK "));
        assertEquals(Set.of(), SearchTerms.ofQuery("  "));
        assertEquals(Set.of(), SearchTerms.ofQuery(null));
    }

    @Test
    void slugsAreReadableAndUnique() {
        assertEquals("beta-techmentality-in-de-klas", Slugs.of("Bèta&TechMentality in de klas!"));
        assertEquals("een-goede-gastles-geven-3", Slugs.unique("Een goede gastles geven",
                slug -> Set.of("een-goede-gastles-geven", "een-goede-gastles-geven-2").contains(slug)));
        assertEquals("cursus", Slugs.of("!!!"));
    }
}

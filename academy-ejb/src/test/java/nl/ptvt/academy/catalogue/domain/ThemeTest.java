package nl.ptvt.academy.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aCodeIsMadeFromTheNameLikeTheSeededOnes() {
        assertEquals("WETENSCHAP_TECHNOLOGIE", Theme.codeFor("Wetenschap & Technologie"));
        assertEquals("LOOPBAANORIENTATIE", Theme.codeFor("Loopbaanoriëntatie"));
        assertEquals("SAMENWERKING_ONDERWIJS_BEDRIJFSLEVEN", Theme.codeFor("Samenwerking onderwijs–bedrijfsleven"));
        assertEquals("BETA_TECHMENTALITY", Theme.codeFor("Bèta&TechMentality"));
        assertEquals("DUURZAAMHEID_IN_DE_KLAS", Theme.codeFor("  Duurzaamheid in de klas! "));
        assertEquals("GROSSE_IDEEEN", Theme.codeFor("Große ideeën"));
    }

    @Test
    void aCodeStartsWithALetterAndHasAtMostFortyCharacters() {
        assertEquals("THEME_3D_PRINTEN", Theme.codeFor("3D-printen"));
        String code = Theme.codeFor("Techniek en technologie in het primair onderwijs voor alle leerlingen");
        assertTrue(code.length() <= Theme.MAX_CODE_LENGTH, code);
        assertEquals("TECHNIEK_EN_TECHNOLOGIE_IN_HET_PRIMAIR", code, "cut at 40 without a trailing underscore");
    }

    @Test
    void aNameWithoutLettersOrDigitsGivesNoCode() {
        for (String name : new String[] {"", "  ", "&–!", null}) {
            assertEquals("theme.code-underivable", assertThrows(BusinessRuleException.class, () -> Theme.codeFor(name)).code());
        }
    }

    @Test
    void aRenamedThemeKeepsItsCodeAndPlace() {
        Theme theme = new Theme("DUURZAAMHEID", " Duurzaamheid ", "Sustainability", 7);
        theme.rename("Duurzaamheid & klimaat", "Sustainability & climate ");

        assertEquals("DUURZAAMHEID", theme.code());
        assertEquals(7, theme.position());
        assertEquals("Duurzaamheid & klimaat", theme.name(Locale.forLanguageTag("nl")));
        assertEquals("Sustainability & climate", theme.name(Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> theme.rename(" ", "Sustainability"));
    }
}

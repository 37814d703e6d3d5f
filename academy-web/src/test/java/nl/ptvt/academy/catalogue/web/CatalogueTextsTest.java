package nl.ptvt.academy.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue's counted texts are valid MessageFormat patterns in both languages and read well. */
class CatalogueTextsTest {

    private static final String BUNDLE = "nl.ptvt.academy.web.i18n.messages";

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyPatternOfTheCataloguePagesFormats(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        for (String key : bundle.keySet()) {
            if ((key.startsWith("catalogue.") || key.startsWith("course.")) && bundle.getString(key).contains("{")) {
                for (Object number : new Object[] {0, 1, 2, 12L, new BigDecimal("1.5")}) {
                    new MessageFormat(bundle.getString(key), locale).format(new Object[] {number, number});
                }
            }
        }
    }

    @Test
    void studyHoursAndCountsReadNaturally() {
        assertEquals("1,5 uur", format("nl", "course.studyHours", new BigDecimal("1.5")));
        assertEquals("1 hour", format("en", "course.studyHours", new BigDecimal("1")));
        assertEquals("3.5 hours", format("en", "course.studyHours", new BigDecimal("3.5")));
        assertEquals("1 cursus gevonden", format("nl", "catalogue.count", 1L));
        assertEquals("12 cursussen gevonden", format("nl", "catalogue.count", 12L));
        assertEquals("Ja, 24 maanden geldig", format("nl", "course.certificate.validFor", 24));
    }

    private static String format(String language, String key, Object argument) {
        Locale locale = Locale.forLanguageTag(language);
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(new Object[] {argument});
    }
}

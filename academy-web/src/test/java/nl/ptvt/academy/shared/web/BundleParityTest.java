package nl.ptvt.academy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English translation is complete: every Dutch text has an English one and the other way round. */
class BundleParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl/ptvt/academy/web/i18n/messages", "nl/ptvt/academy/web/i18n/faces", "ValidationMessages"})
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyTexts(String bundle) throws IOException {
        Properties dutch = load(bundle + (bundle.equals("ValidationMessages") ? "_nl" : "") + ".properties");
        Properties english = load(bundle + (bundle.equals("ValidationMessages") ? "" : "_en") + ".properties");

        Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyDutch.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(dutch.stringPropertyNames());
        assertEquals(Set.of(), onlyDutch, "missing in English");
        assertEquals(Set.of(), onlyEnglish, "missing in Dutch");
        assertTrue(dutch.size() > 5, "the bundle was found and read");
        dutch.forEach((key, text) -> assertTrue(!text.toString().isBlank(), "empty Dutch text for " + key));
        english.forEach((key, text) -> assertTrue(!text.toString().isBlank(), "empty English text for " + key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl/ptvt/academy/web/i18n/messages.properties", "nl/ptvt/academy/web/i18n/messages_en.properties",
            "nl/ptvt/academy/web/i18n/faces.properties", "nl/ptvt/academy/web/i18n/faces_en.properties"})
    void noKeyIsDefinedTwice(String resource) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
        }
        assertEquals(Set.of(), twice, "a later definition silently wins");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the class path: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

package nl.ptvt.academy.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void theEmbeddedDatabaseLivesInFilesUnderTheDataFolder() {
        DatabaseSettings embedded = DatabaseSettings.embeddedIn(Path.of("/srv/academy/data"));
        assertTrue(embedded.embedded());
        assertTrue(embedded.url().startsWith("jdbc:h2:file:/srv/academy/data/database/academy;MODE=MySQL"), embedded.url());
        assertEquals("embedded H2 database jdbc:h2:file:/srv/academy/data/database/academy", embedded.describe());
    }

    @Test
    void describingAMysqlDatabaseShowsNoParameters() {
        DatabaseSettings mysql = new DatabaseSettings("jdbc:mysql://db:3306/academy?password=secret", "academy", "secret", false);
        assertFalse(mysql.describe().contains("secret"));
        assertFalse(mysql.toString().contains("secret"));
    }
}

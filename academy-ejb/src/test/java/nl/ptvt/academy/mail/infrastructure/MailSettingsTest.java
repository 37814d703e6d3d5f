package nl.ptvt.academy.mail.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAnSmtpHostMailsGoToTheMailFolderOfTheDataFolder() {
        MailSettings settings = MailSettings.from(new MapConfig(Map.of("academy.data.dir", "/srv/academy")));
        assertFalse(settings.smtp());
        assertEquals(Path.of("/srv/academy/mail"), settings.folder());
        assertEquals(MailSettings.DEFAULT_FROM, settings.from());
        assertEquals(Duration.ofSeconds(10), settings.sendInterval());
        assertEquals(Duration.ofMinutes(1), settings.retries().firstDelay());
        assertEquals(10, settings.retries().maxAttempts());
        assertTrue(settings.describe().contains("/srv/academy/mail"), settings.describe());
    }

    @Test
    void aPlainRelayIsPort25AndCredentialsBringStartTlsOnPort587() {
        MailSettings relay = MailSettings.from(new MapConfig(Map.of("academy.smtp.host", "relay.ptvt.test")));
        assertEquals(25, relay.smtpPort());
        assertFalse(relay.startTls());
        assertEquals("false", MailTransport.sessionProperties(relay).getProperty("mail.smtp.auth"));

        MailSettings account = MailSettings.from(new MapConfig(Map.of("academy.smtp.host", "smtp.ptvt.test",
                "academy.smtp.user", "academy", "academy.smtp.password", "geheim-wachtwoord")));
        assertEquals(587, account.smtpPort());
        assertTrue(account.startTls());
        Properties session = MailTransport.sessionProperties(account);
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.required"), "never fall back to a clear-text login");
        assertFalse(account.describe().contains("geheim"), account.describe());
        assertFalse(account.toString().contains("geheim"));

        MailSettings explicit = MailSettings.from(new MapConfig(Map.of("academy.smtp.host", "smtp.ptvt.test",
                "academy.smtp.port", "2525", "academy.smtp.starttls", "false", "academy.mail.retry.seconds", "2")));
        assertEquals(2525, explicit.smtpPort());
        assertFalse(explicit.startTls());
        assertEquals(Duration.ofSeconds(2), explicit.retries().firstDelay());
    }

    /** A configuration of fixed values, as environment variables or system properties would give them. */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).map(value -> type.cast(switch (type.getSimpleName()) {
                case "Integer" -> Integer.valueOf(value);
                case "Long" -> Long.valueOf(value);
                case "Boolean" -> Boolean.valueOf(value);
                default -> value;
            }));
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}

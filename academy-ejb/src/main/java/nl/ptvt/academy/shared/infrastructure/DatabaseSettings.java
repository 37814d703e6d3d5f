package nl.ptvt.academy.shared.infrastructure;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Which database the Academy uses. With {@code academy.db.url} (env {@code ACADEMY_DB_URL}) set it is that
 * MySQL/MariaDB database; otherwise an embedded H2 database in files under the data folder, so that a
 * newcomer needs nothing installed and a restart keeps everything.
 */
public record DatabaseSettings(String url, String user, String password, boolean embedded) {

    /** MySQL mode keeps H2 close to MySQL's dialect, so the same migrations build both schemas. */
    static final String EMBEDDED_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public static DatabaseSettings from(Config config) {
        Optional<String> url = config.getOptionalValue("academy.db.url", String.class);
        if (url.isPresent()) {
            return new DatabaseSettings(url.get(),
                    config.getOptionalValue("academy.db.user", String.class).orElse(""),
                    config.getOptionalValue("academy.db.password", String.class).orElse(""),
                    url.get().startsWith("jdbc:h2:"));
        }
        return embeddedIn(DataFolder.from(config));
    }

    public static DatabaseSettings embeddedIn(Path dataFolder) {
        String file = dataFolder.resolve("database").resolve("academy").toAbsolutePath().toString();
        return new DatabaseSettings("jdbc:h2:file:" + file + EMBEDDED_OPTIONS, "sa", "", true);
    }

    /** The URL without credentials that may be in it, for the start-up log. */
    public String describe() {
        int parameters = url.indexOf('?');
        return embedded ? "embedded H2 database " + url.substring(0, url.indexOf(';'))
                : "MySQL database " + (parameters < 0 ? url : url.substring(0, parameters));
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + "]";
    }
}

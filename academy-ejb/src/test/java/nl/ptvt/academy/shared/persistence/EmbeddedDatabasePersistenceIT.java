package nl.ptvt.academy.shared.persistence;

import java.nio.file.Path;
import javax.sql.DataSource;
import nl.ptvt.academy.shared.infrastructure.DatabaseSettings;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** The migrations and mapping on the embedded H2 database, with exactly the URL a newcomer's Academy uses. */
class EmbeddedDatabasePersistenceIT extends PersistenceContract {

    @TempDir
    static Path dataFolder;

    private JdbcDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            DatabaseSettings settings = DatabaseSettings.embeddedIn(dataFolder);
            dataSource = new JdbcDataSource();
            dataSource.setURL(settings.url());
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }

    @Override
    protected boolean keepsMicroseconds() {
        return true;
    }
}

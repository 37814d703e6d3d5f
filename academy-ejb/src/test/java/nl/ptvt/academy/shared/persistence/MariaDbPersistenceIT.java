package nl.ptvt.academy.shared.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import javax.sql.DataSource;
import nl.ptvt.academy.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;

/** The migrations and mapping on MariaDB (MySQL-compatible), through Connector/J, in a database of its own. */
class MariaDbPersistenceIT extends PersistenceContract {

    private TestDatabase database;
    private MysqlDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            database = TestDatabase.create("persistence");
            dataSource = new MysqlDataSource();
            // the same session settings as the Academy's own data source
            dataSource.setURL(database.url() + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8");
            dataSource.setUser(TestDatabase.user());
            dataSource.setPassword(TestDatabase.password());
        }
        return dataSource;
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected boolean keepsMicroseconds() {
        return false;
    }
}

package nl.ptvt.academy.shared.infrastructure;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source class Payara's connection pool instantiates (see {@link DatabaseMigration}). It reads
 * {@link DatabaseSettings} from MicroProfile Config when the pool first needs it and hands out connections of
 * the matching driver, so one deployment works on the embedded H2 database and on MySQL alike; the pool
 * around it still does pooling and transaction enlistment.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = create(DatabaseSettings.from(ConfigProvider.getConfig(getClass().getClassLoader())));
                }
                current = target;
            }
        }
        return current;
    }

    static DataSource create(DatabaseSettings settings) {
        if (settings.url().startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(withUtcSession(settings.url()));
        mysql.setUser(settings.user());
        mysql.setPassword(settings.password());
        return mysql;
    }

    /** Every session in UTC so that DATETIME columns hold UTC, whatever the server's time zone. */
    private static String withUtcSession(String url) {
        if (url.contains("connectionTimeZone")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}

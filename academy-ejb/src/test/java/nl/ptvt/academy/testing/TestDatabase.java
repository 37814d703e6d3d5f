package nl.ptvt.academy.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A MariaDB/MySQL database of its own for one test run, created on the local server and dropped afterwards.
 * The server comes from {@code ACADEMY_IT_DB_SERVER} (default jdbc:mysql://127.0.0.1:3306/),
 * {@code ACADEMY_IT_DB_USER} (root) and {@code ACADEMY_IT_DB_PASSWORD} (empty).
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create(String purpose) {
        String name = "academy_" + purpose + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return server() + name;
    }

    public static String user() {
        return env("ACADEMY_IT_DB_USER", "root");
    }

    public static String password() {
        return env("ACADEMY_IT_DB_PASSWORD", "");
    }

    @Override
    public void close() {
        if (!Boolean.parseBoolean(env("ACADEMY_IT_KEEP_DB", "false"))) {
            execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static String server() {
        String server = env("ACADEMY_IT_DB_SERVER", "jdbc:mysql://127.0.0.1:3306/");
        return server.endsWith("/") ? server : server + "/";
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test database server at " + server()
                    + " (is MariaDB running? see README): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package nl.ptvt.academy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the first integration test: creates a MariaDB database of this run's own, starts an SMTP server
 * ({@link TestMailServer}) and tells the Arquillian Payara Micro container (through its {@code payara.cmdOptions}
 * property) to run the Academy against both, with a known administrator and a mail sender that runs every second.
 * Afterwards the database is dropped. Does nothing in unit-test runs.
 */
public class IntegrationTestServer implements LauncherSessionListener {

    public static final String ADMIN_EMAIL = "it-admin@academy.test";
    public static final String ADMIN_PASSWORD = "it-admin-password-0123";

    private static Path dataFolder;
    private static TestDatabase database;

    /** The test server's {@code ACADEMY_DATA_DIR}; tests may look at (and damage) the files stored there. */
    public static Path dataFolder() {
        return dataFolder;
    }

    /**
     * A connection to the test server's database, for tests that check what the Academy stored where no API
     * shows it (the mail outbox) or that must put it in a state no API can (an expired invitation).
     */
    public static Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(database.url(), TestDatabase.user(), TestDatabase.password());
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("academy.it") || database != null) {
            return;
        }
        database = TestDatabase.create("it");
        TestMailServer.start();
        try {
            dataFolder = Files.createTempDirectory("academy-it-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder options = new StringBuilder("-Xmx768m")
                .append(" -Dacademy.db.url=").append(database.url())
                .append(" -Dacademy.db.user=").append(TestDatabase.user())
                .append(" -Dacademy.data.dir=").append(dataFolder)
                // a small upload limit, so that FileApiIT can pass it without sending 50 MB
                .append(" -Dacademy.upload.max.mb=1")
                // mail goes to the test's SMTP server; the sender runs every second and retries after one
                .append(" -Dacademy.smtp.host=127.0.0.1")
                .append(" -Dacademy.smtp.port=").append(TestMailServer.port())
                .append(" -Dacademy.mail.send.interval.seconds=1")
                .append(" -Dacademy.mail.retry.seconds=1")
                // the session reminder pass runs every second, so SessionMailIT sees a reminder arrive
                .append(" -Dacademy.reminder.interval.seconds=1")
                .append(" -Dacademy.admin.email=").append(ADMIN_EMAIL)
                .append(" -Dacademy.admin.password=").append(ADMIN_PASSWORD);
        if (!TestDatabase.password().isEmpty()) {
            options.append(" -Dacademy.db.password=").append(TestDatabase.password());
        }
        System.setProperty("payara.cmdOptions", options.toString());
        System.setProperty("payara.extraMicroOptions", "--nocluster");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestMailServer.stop();
        if (database != null) {
            database.close();
            database = null;
        }
        if (dataFolder != null) {
            try (Stream<Path> files = Files.walk(dataFolder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}

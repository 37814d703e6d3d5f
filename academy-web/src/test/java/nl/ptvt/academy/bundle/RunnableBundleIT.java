package nl.ptvt.academy.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ptvt.academy.testing.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer does: {@code java -jar academy-web/target/academy.jar} with no database and no mail server
 * configured. The Academy must come up on the embedded database in the data folder, print how to log in, seed
 * the demo data, write its mail as files into the data folder, and keep everything across a restart.
 */
class RunnableBundleIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    @TempDir
    Path work;

    private Process academy;

    @AfterEach
    void stop() throws InterruptedException {
        if (academy != null && academy.isAlive()) {
            academy.destroy();
            if (!academy.waitFor(60, TimeUnit.SECONDS)) {
                academy.destroyForcibly();
            }
        }
    }

    @Test
    void startsOnTheEmbeddedDatabaseAndKeepsItsDataAcrossARestart() throws Exception {
        Path data = work.resolve("data");
        int port = freePort();
        ApiClient api = ApiClient.at(new URL("http://localhost:" + port + "/"));

        String firstLog = start(data, port, work.resolve("first.log"));
        assertTrue(firstLog.contains("PTvT Academy is starting at"), "start-up prints where the Academy is");
        assertTrue(firstLog.contains("embedded H2 database jdbc:h2:file:" + data.toAbsolutePath()), "uses the embedded database in the data folder");
        Matcher oneTime = Pattern.compile("One-time password: (\\S+)").matcher(firstLog);
        assertTrue(oneTime.find(), "a generated administrator password is printed once");

        ApiClient admin = api.signIn("admin@academy.local", oneTime.group(1));
        assertTrue(admin.get("api/v1/me").json().getBoolean("passwordChangeRequired"), "the one-time password must be replaced");
        assertEquals("/mijn-account", pageAfterLogin(port, "admin@academy.local", oneTime.group(1), "/admin/gebruikers"),
                "with a one-time password every page leads to choosing a new one");
        assertEquals(7, api.get("api/v1/organisations").json().getInt("total"), "demo organisations");
        api.signIn("beheerder@academy.example", "Welkom-bij-de-Academy");
        api.registerAndSignIn("Nieuwkomer", "nieuwkomer@academy.example", "onthoud-mij-na-herstart");
        assertEquals(200, api.get("").status(), "the home page is served at the root");
        assertTrue(Files.isDirectory(data.resolve("database")), "the database lives in the data folder");

        Path mailFolder = data.toAbsolutePath().resolve("mail");
        assertTrue(firstLog.contains("mails are written as .eml files to " + mailFolder), "the start-up report says where mail goes");
        ApiClient coordinator = api.signIn("coordinator@academy.example", "Welkom-bij-de-Academy");
        assertEquals(201, coordinator.post("api/v1/invitations", "{\"email\":\"nieuwe.collega@academy.example\"}").status());
        MimeMessage invitation = awaitMailFile(mailFolder);
        assertEquals("nieuwe.collega@academy.example", invitation.getAllRecipients()[0].toString());
        assertTrue(((String) invitation.getContent()).contains("http://localhost:" + port + "/activeren?code="),
                "a complete mail with the activation link");

        stop();
        String secondLog = start(data, port, work.resolve("second.log"));
        assertFalse(secondLog.contains("One-time password"), "no new administrator on a restart");
        ApiClient again = api.signIn("nieuwkomer@academy.example", "onthoud-mij-na-herstart");
        assertEquals("Nieuwkomer", again.get("api/v1/me").json().getString("name"));
        assertEquals(7, api.get("api/v1/organisations").json().getInt("total"), "demo data is not added twice");
    }

    private String start(Path data, int port, Path log) throws IOException, InterruptedException {
        String jar = System.getProperty("academy.jar", "target/academy.jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar, "--port", Integer.toString(port), "--nocluster"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ACADEMY_"));
        builder.environment().put("ACADEMY_DATA_DIR", data.toString());
        builder.environment().put("ACADEMY_BASE_URL", "http://localhost:" + port);
        Instant started = Instant.now();
        academy = builder.start();
        ApiClient api = ApiClient.at(new URL("http://localhost:" + port + "/"));
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
            if (!academy.isAlive()) {
                throw new AssertionError("academy.jar exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                if (api.get("health/ready").status() == 200) {
                    System.out.printf("academy.jar ready in %d ms%n", Duration.between(started, Instant.now()).toMillis());
                    return Files.readString(log, StandardCharsets.UTF_8);
                }
            } catch (RuntimeException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + ": " + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Logs in through the login form as a browser would, asks for a page, and tells where the Academy sent it. */
    private static String pageAfterLogin(int port, String email, String password, String page) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertTrue(viewState.find(), "the login form has a view state");
        String form = Map.of("login", "login", "login:email", email, "login:password", password,
                        "login:submit", "login:submit", "jakarta.faces.ViewState", viewState.group(1))
                .entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
                HttpResponse.BodyHandlers.discarding()).uri().getPath();
    }

    /** The first .eml file the mail sender writes (it runs every 10 seconds), read as a mail program would. */
    private static MimeMessage awaitMailFile(Path folder) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> mail = files.filter(file -> file.toString().endsWith(".eml")).findFirst();
                    if (mail.isPresent()) {
                        try (InputStream in = Files.newInputStream(mail.get())) {
                            return new MimeMessage(Session.getInstance(new Properties()), in);
                        }
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no .eml file in " + folder);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

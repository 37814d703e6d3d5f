package nl.ptvt.academy.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the whole integration-test run, on a free port of 127.0.0.1; the Academy
 * under test sends its mail there ({@link IntegrationTestServer}). Tests read what arrived, and may take the server
 * away for a while to see the outbox ride out an outage.
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    static synchronized void start() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startOnPort();
    }

    private static void startOnPort() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized int port() {
        return port;
    }

    /** The SMTP port stops answering: connections are refused, as when a mail server is down. */
    public static synchronized void goDown() {
        server.stop();
    }

    /** A new server on the same port (the mail received before is gone). */
    public static synchronized void comeBack() {
        if (!server.isRunning()) {
            startOnPort();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails that reached {@code address}, waiting until {@code count} have arrived or the time is up. */
    public static List<MimeMessage> awaitMailTo(String address, int count, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        List<MimeMessage> received = mailTo(address);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            pause();
            received = mailTo(address);
        }
        if (received.size() < count) {
            throw new AssertionError("Expected " + count + " mail(s) to " + address + " within " + patience + ", got " + received.size());
        }
        return received;
    }

    public static synchronized List<MimeMessage> mailTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

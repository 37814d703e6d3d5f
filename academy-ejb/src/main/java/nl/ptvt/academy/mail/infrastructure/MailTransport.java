package nl.ptvt.academy.mail.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.logging.Logger;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * Delivers one mail with Jakarta Mail (Payara ships the API and Eclipse Angus Mail): by SMTP when
 * {@code ACADEMY_SMTP_HOST} is set, otherwise as an {@code .eml} file in the data folder, the complete MIME
 * message as an SMTP server would have received it (any mail program opens it).
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Generous, but short enough that a batch of claimed mails is done long before its claim runs out. */
    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    AcademySettings academySettings;

    @Inject
    Clock clock;

    private MailSettings settings;
    private Session session;
    /** Null when ACADEMY_MAIL_FROM is not an address: then every attempt fails and is retried after a fix. */
    private InternetAddress from;

    @PostConstruct
    void configure() {
        settings = academySettings.mail();
        session = Session.getInstance(sessionProperties(settings));
        try {
            from = MimeMessages.sender(settings.from());
        } catch (AddressException e) {
            LOG.severe(() -> "ACADEMY_MAIL_FROM is not a valid address (" + e.getMessage() + "): no mail can be sent");
        }
    }

    static Properties sessionProperties(MailSettings settings) {
        Properties properties = new Properties();
        settings.smtpHost().ifPresent(host -> properties.setProperty("mail.smtp.host", host));
        properties.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return properties;
    }

    /**
     * @throws AddressException   when the mail can never be sent (a malformed address)
     * @throws MessagingException when the SMTP server refused or could not be reached: try again later
     * @throws IOException        when the mail folder cannot be written
     */
    public void deliver(long outboxId, OutgoingMail mail) throws MessagingException, IOException {
        if (from == null) {
            throw new MessagingException("ACADEMY_MAIL_FROM is not a valid address: " + settings.from());
        }
        Instant now = clock.instant();
        MimeMessage message = MimeMessages.build(session, from, mail, now);
        if (settings.smtp()) {
            if (settings.user().isPresent()) {
                Transport.send(message, settings.user().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
        } else {
            writeToFolder(message, FILE_TIME.format(now) + "-" + outboxId + ".eml");
        }
    }

    /** Written next to its final name and then moved, so a reader never sees half a mail. */
    private void writeToFolder(MimeMessage message, String fileName) throws IOException, MessagingException {
        Path folder = settings.folder();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "sending-", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        } catch (IOException | MessagingException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package nl.ptvt.academy.mail.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.ptvt.academy.mail.domain.RetrySchedule;
import nl.ptvt.academy.shared.infrastructure.DataFolder;
import org.eclipse.microprofile.config.Config;

/**
 * How mail leaves the Academy. With {@code ACADEMY_SMTP_HOST} set, by SMTP; without it, every mail is written as
 * an {@code .eml} file to {@code ACADEMY_DATA_DIR/mail}, so a newcomer sees what the Academy would send.
 *
 * @param smtpHost     empty: no SMTP server, write files
 * @param smtpPort     {@code ACADEMY_SMTP_PORT}; default 587 with STARTTLS, else 25
 * @param startTls     {@code ACADEMY_SMTP_STARTTLS}; default on when a user name is set (never send it in the clear)
 * @param from         {@code ACADEMY_MAIL_FROM}, such as {@code PTvT Academy <academy@ptvt.nl>}
 * @param sendInterval how often each instance looks for mail to send ({@code ACADEMY_MAIL_SEND_INTERVAL_SECONDS})
 * @param retries      the first wait after a failure is {@code ACADEMY_MAIL_RETRY_SECONDS}, then doubling
 */
public record MailSettings(Optional<String> smtpHost, int smtpPort, Optional<String> user, Optional<String> password,
                           boolean startTls, String from, Path folder, Duration sendInterval, RetrySchedule retries) {

    public static final String DEFAULT_FROM = "PTvT Academy <academy@localhost>";

    public static MailSettings from(Config config) {
        Optional<String> host = nonBlank(config, "academy.smtp.host");
        Optional<String> user = nonBlank(config, "academy.smtp.user");
        boolean startTls = config.getOptionalValue("academy.smtp.starttls", Boolean.class).orElse(user.isPresent());
        int port = config.getOptionalValue("academy.smtp.port", Integer.class).orElse(startTls ? 587 : 25);
        long interval = config.getOptionalValue("academy.mail.send.interval.seconds", Long.class).orElse(10L);
        long retry = config.getOptionalValue("academy.mail.retry.seconds", Long.class).orElse(60L);
        return new MailSettings(host, port, user, nonBlank(config, "academy.smtp.password"), startTls,
                nonBlank(config, "academy.mail.from").orElse(DEFAULT_FROM),
                DataFolder.from(config).resolve("mail"),
                Duration.ofSeconds(Math.max(1, interval)),
                RetrySchedule.startingAfter(Duration.ofSeconds(Math.max(1, retry))));
    }

    public boolean smtp() {
        return smtpHost.isPresent();
    }

    /** For the start-up log: where mail goes, without the password. */
    public String describe() {
        if (smtpHost.isEmpty()) {
            return "no SMTP server set (ACADEMY_SMTP_HOST), so mails are written as .eml files to " + folder;
        }
        return "SMTP " + smtpHost.get() + ":" + smtpPort + (startTls ? " with STARTTLS" : "")
                + user.map(name -> " as " + name).orElse("") + ", from " + from;
    }

    private static Optional<String> nonBlank(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }

    @Override
    public String toString() {
        return "MailSettings[" + describe() + "]";
    }
}

package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows a moment the way a Dutch reader expects it, in Dutch time ("29 november 2026 om 02:36"), or the same in
 * English. The patterns come from the bundle ({@code format.dateTime}, {@code format.date}) so that each language
 * has its own word order.
 */
@Named("dates")
@ApplicationScoped
public class InstantFormatter {

    /** The Academy works in the Netherlands: every moment is shown in Amsterdam time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public String dateTime(Instant instant) {
        return instant == null ? "" : format(instant, Texts.text("format.dateTime"), Texts.locale());
    }

    public String date(Instant instant) {
        return instant == null ? "" : format(instant, Texts.text("format.date"), Texts.locale());
    }

    /** A calendar date (such as a certificate's dates, which are Dutch dates already), in the page's language. */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Texts.text("format.date"), Texts.locale()).format(date);
    }

    public static String format(Instant instant, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZONE).format(instant);
    }
}

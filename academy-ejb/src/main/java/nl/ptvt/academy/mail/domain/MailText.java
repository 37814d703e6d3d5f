package nl.ptvt.academy.mail.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the Academy writes a mail to someone whose language it does not know: the Dutch text, then the English one
 * below a line, each signed; moments as people in the Netherlands read them (Europe/Amsterdam).
 */
public final class MailText {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl")).withZone(AMSTERDAM);
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).withZone(AMSTERDAM);
    private static final String LINE = "-".repeat(70);

    private MailText() {
    }

    /**
     * @param dutch   the Dutch text from the greeting to the last paragraph, without the closing
     * @param english the same (or a short summary) in English
     */
    public static String dutchThenEnglish(String dutch, String english) {
        return dutch.strip() + "\n\nMet vriendelijke groet,\nPTvT Academy\n\n" + LINE + "\n\n"
                + english.strip() + "\n\nKind regards,\nPTvT Academy\n";
    }

    /** "12 juni 2026 om 16:30" */
    public static String dutchMoment(Instant moment) {
        return DUTCH_MOMENT.format(moment);
    }

    /** "12 June 2026 at 16:30" */
    public static String englishMoment(Instant moment) {
        return ENGLISH_MOMENT.format(moment);
    }
}

package nl.ptvt.academy.session.application;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import nl.ptvt.academy.session.SessionPart;

/**
 * The texts of the session mails, Dutch then English ({@link MailText#dutchThenEnglish}), with times as people in the
 * Netherlands read them: "dinsdag 15 december 2026, 13:30–16:30" in Europe/Amsterdam.
 */
final class SessionMailTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SessionMailTexts() {
    }

    /**
     * What a mail says about the session.
     *
     * @param place      the venue ("De Schakel, Hoofdstraat 1, Assen"), or the online link for a confirmed participant,
     *                   or null for an online session whose link the reader may not see (yet)
     * @param coursePage the course page in the Academy
     * @param parts      the parts of a session in several parts, else empty
     */
    record Facts(String name, String courseTitle, Instant startsAt, Instant endsAt, String place, boolean online,
                 String coursePage, List<SessionPart> parts) {

        Facts {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        /** One stretch from start to end. */
        Facts(String name, String courseTitle, Instant startsAt, Instant endsAt, String place, boolean online, String coursePage) {
            this(name, courseTitle, startsAt, endsAt, place, online, coursePage, List.of());
        }
    }

    /** A subject and a text. */
    record Text(String subject, String body) {

        /** A subject cut to what a mail takes, so a long course title never fails the booking it tells about. */
        Text {
            if (subject.length() > OutgoingMail.MAX_SUBJECT_LENGTH) {
                subject = subject.substring(0, OutgoingMail.MAX_SUBJECT_LENGTH - 1) + "…";
            }
        }
    }

    static Text confirmed(Facts facts) {
        return new Text("Je plaats is bevestigd: " + facts.courseTitle(), MailText.dutchThenEnglish("""
                Beste %1$s,

                Je hebt een plaats voor "%2$s":

                %3$s
                %4$s

                De uitnodiging voor je agenda zit als bijlage bij deze mail. Kun je niet komen? Annuleer dan je \
                boeking onder Mijn boekingen, zodat iemand van de wachtlijst je plaats krijgt.

                Meer over de cursus: %5$s
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), dutchWhere(facts), facts.coursePage()), """
                Dear %1$s,

                Your seat for "%2$s" is confirmed: %3$s, %4$s. The calendar invitation is attached. If you cannot \
                come, please cancel your booking under "Mijn boekingen" so that someone on the waiting list gets your seat.
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts), englishWhere(facts))));
    }

    static Text waitlisted(Facts facts, int position) {
        return new Text("Je staat op de wachtlijst: " + facts.courseTitle(), MailText.dutchThenEnglish("""
                Beste %1$s,

                "%2$s" op %3$s is vol. Je staat op de wachtlijst, op plaats %4$d. Komt er een plaats vrij, dan \
                krijg jij die automatisch als eerste op de lijst; je hoort het dan meteen per mail, met de \
                uitnodiging voor je agenda.

                Meer over de cursus: %5$s
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), position, facts.coursePage()), """
                Dear %1$s,

                "%2$s" on %3$s is full. You are on the waiting list, at position %4$d. When a seat becomes free it \
                goes to the first one on the list automatically, and you will hear by mail at once.
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts), position)));
    }

    static Text promoted(Facts facts) {
        return new Text("Er is een plaats voor je vrijgekomen: " + facts.courseTitle(), MailText.dutchThenEnglish("""
                Beste %1$s,

                Goed nieuws: er is een plaats vrijgekomen en die is voor jou. Je boeking voor "%2$s" is nu bevestigd:

                %3$s
                %4$s

                De uitnodiging voor je agenda zit als bijlage bij deze mail. Kun je toch niet? Annuleer dan je \
                boeking onder Mijn boekingen, zodat de volgende op de wachtlijst je plaats krijgt.

                Meer over de cursus: %5$s
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), dutchWhere(facts), facts.coursePage()), """
                Dear %1$s,

                Good news: a seat became free and it is yours. Your booking for "%2$s" is now confirmed: %3$s, %4$s. \
                The calendar invitation is attached.
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts), englishWhere(facts))));
    }

    static Text bookingCancelled(Facts facts) {
        return new Text("Je boeking is geannuleerd: " + facts.courseTitle(), MailText.dutchThenEnglish("""
                Beste %1$s,

                Je boeking voor "%2$s" op %3$s is geannuleerd. Heb je de uitnodiging in je agenda staan, dan \
                haalt de bijlage bij deze mail die weg.

                Wil je toch komen? Boek dan opnieuw via %4$s (zolang er plaats is en de inschrijving open staat).
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), facts.coursePage()), """
                Dear %1$s,

                Your booking for "%2$s" on %3$s has been cancelled. The attachment removes the event from your \
                calendar. To come after all, book again on the course page while seats and booking are open.
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts))));
    }

    static Text sessionCancelled(Facts facts, String reason) {
        return new Text("Geannuleerd: " + facts.courseTitle() + " op " + dutchDay(facts), MailText.dutchThenEnglish("""
                Beste %1$s,

                Helaas gaat "%2$s" op %3$s niet door. De reden:

                %4$s

                Je boeking vervalt; je hoeft niets te doen. Heb je de uitnodiging in je agenda staan, dan haalt de \
                bijlage bij deze mail die weg. Andere data van deze cursus vind je op %5$s.
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), reason, facts.coursePage()), """
                Dear %1$s,

                Unfortunately "%2$s" on %3$s has been cancelled, for this reason (in Dutch above): %4$s

                Your booking lapses; you need not do anything. The attachment removes the event from your calendar. \
                Other dates of this course are on the course page.
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts), reason)));
    }

    static Text changed(Facts facts, boolean confirmed) {
        String dutchBooking = confirmed ? "De bijgewerkte uitnodiging voor je agenda zit als bijlage bij deze mail."
                : "Je staat nog steeds op de wachtlijst.";
        String englishBooking = confirmed ? "The updated calendar invitation is attached." : "You are still on the waiting list.";
        return new Text("Gewijzigd: " + facts.courseTitle(), MailText.dutchThenEnglish("""
                Beste %1$s,

                De tijd of de plaats van "%2$s" is gewijzigd. Het is nu:

                %3$s
                %4$s

                %5$s Kun je op het nieuwe moment niet? Annuleer dan je boeking onder Mijn boekingen.

                Meer over de cursus: %6$s
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), dutchWhere(facts), dutchBooking,
                facts.coursePage()), """
                Dear %1$s,

                The time or place of "%2$s" has changed. It is now: %3$s, %4$s. %5$s If the new time does not suit \
                you, please cancel your booking under "Mijn boekingen".
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts), englishWhere(facts), englishBooking)));
    }

    static Text reminder(Facts facts) {
        return new Text("Herinnering: " + facts.courseTitle() + " op " + dutchDay(facts), MailText.dutchThenEnglish("""
                Beste %1$s,

                Binnenkort is het zover: je hebt een plaats voor "%2$s".

                %3$s
                %4$s

                Kun je toch niet? Laat het ons weten door je boeking te annuleren onder Mijn boekingen.

                Meer over de cursus: %5$s
                """.formatted(facts.name(), facts.courseTitle(), dutchWhen(facts), dutchWhere(facts), facts.coursePage()), """
                Dear %1$s,

                A reminder: you have a seat for "%2$s", %3$s, %4$s. If you cannot come after all, please cancel your \
                booking under "Mijn boekingen".
                """.formatted(facts.name(), facts.courseTitle(), englishWhen(facts), englishWhere(facts))));
    }

    /**
     * "dinsdag 15 december 2026, 13:30–16:30"; a session that ends on another day names both days; a session in parts
     * names each part ("…, 09:00–12:00 en woensdag 16 december 2026, 09:00–12:00").
     */
    static String dutchWhen(Facts facts) {
        return inParts(facts, DUTCH_DAY, " en ");
    }

    /** "Tuesday 15 December 2026, 13:30–16:30". */
    static String englishWhen(Facts facts) {
        return inParts(facts, ENGLISH_DAY, " and ");
    }

    private static String inParts(Facts facts, DateTimeFormatter day, String and) {
        if (facts.parts().isEmpty()) {
            return when(facts.startsAt(), facts.endsAt(), day);
        }
        List<String> parts = facts.parts().stream().map(part -> when(part.startsAt(), part.endsAt(), day)).toList();
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }

    private static String dutchDay(Facts facts) {
        return DUTCH_DAY.format(facts.startsAt().atZone(SessionCalendar.AMSTERDAM));
    }

    private static String when(Instant from, Instant until, DateTimeFormatter day) {
        ZonedDateTime start = from.atZone(SessionCalendar.AMSTERDAM);
        ZonedDateTime end = until.atZone(SessionCalendar.AMSTERDAM);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
        }
        return day.format(start) + ", " + TIME.format(start) + " – " + day.format(end) + ", " + TIME.format(end);
    }

    private static String dutchWhere(Facts facts) {
        if (facts.online()) {
            return facts.place() == null ? "Online; de link krijg je zodra je plaats bevestigd is." : "Online: " + facts.place();
        }
        return "Locatie: " + facts.place();
    }

    private static String englishWhere(Facts facts) {
        if (facts.online()) {
            return facts.place() == null ? "online (you get the link once your seat is confirmed)" : "online at " + facts.place();
        }
        return "at " + facts.place();
    }
}

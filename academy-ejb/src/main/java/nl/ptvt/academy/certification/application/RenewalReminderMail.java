package nl.ptvt.academy.certification.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/** To the holder of a certificate that expires within the renewal window: how to renew it. */
final class RenewalReminderMail {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private RenewalReminderMail() {
    }

    /** @param coursePage the course's public page, where the holder enrols or books a session again */
    static OutgoingMail compose(String email, String name, String courseTitle, LocalDate expiresOn, String code,
                                String coursePage) {
        String dutch = """
                Beste %1$s,

                Je certificaat voor "%2$s" is geldig tot en met %3$s. Wil je het verlengen? Rond de cursus opnieuw af; \
                dan krijg je een nieuw certificaat, dat het huidige vervangt. De cursus vind je hier:

                %4$s

                Je certificaten staan onder Mijn certificaten.
                """.formatted(name, courseTitle, DUTCH.format(expiresOn), coursePage);
        String english = """
                Dear %1$s,

                Your certificate for "%2$s" is valid until %3$s. To renew it, complete the course again (see the link \
                above); you then receive a new certificate that replaces the current one.
                """.formatted(name, courseTitle, ENGLISH.format(expiresOn));
        return OutgoingMail.to(email, name).subject("Je certificaat verloopt binnenkort: " + courseTitle)
                .text(MailText.dutchThenEnglish(dutch, english)).dedupKey("certificate-renewal:" + code).build();
    }
}

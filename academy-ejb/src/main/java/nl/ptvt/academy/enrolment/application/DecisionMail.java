package nl.ptvt.academy.enrolment.application;

import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/** To a learner whose enrolment an approver decided on: approved with the link to start, or refused with the reason. */
final class DecisionMail {

    private DecisionMail() {
    }

    /**
     * @param reason the approver's explanation, or null
     * @param link   when approved the lesson player of the enrolment, else the course page (to ask again)
     */
    static OutgoingMail compose(String email, String name, String courseTitle, boolean approved, String reason, String link) {
        return approved ? approved(email, name, courseTitle, reason, link) : refused(email, name, courseTitle, reason, link);
    }

    private static OutgoingMail approved(String email, String name, String courseTitle, String reason, String link) {
        String dutch = """
                Beste %1$s,

                Je aanvraag voor de e-learning "%2$s" is goedgekeurd. Je kunt meteen beginnen:

                %3$s
                """.formatted(name, courseTitle, link) + (reason == null ? "" : "\nToelichting: " + reason + "\n");
        String english = """
                Dear %1$s,

                Your request to take the e-learning course "%2$s" has been approved. Start at the link above.
                """.formatted(name, courseTitle);
        return mail(email, name, "Je inschrijving voor " + courseTitle + " is goedgekeurd", dutch, english);
    }

    private static OutgoingMail refused(String email, String name, String courseTitle, String reason, String link) {
        String dutch = """
                Beste %1$s,

                Je aanvraag voor de e-learning "%2$s" is helaas niet goedgekeurd.

                Reden: %3$s

                Heb je vragen, neem dan contact op met je coördinator. Op de pagina van de cursus kun je later opnieuw \
                een aanvraag doen:

                %4$s
                """.formatted(name, courseTitle, reason == null ? "er is geen reden opgegeven." : reason, link);
        String english = """
                Dear %1$s,

                Your request to take the e-learning course "%2$s" has not been approved. The reason is given above \
                (in Dutch, as the approver wrote it). You may ask again on the course page.
                """.formatted(name, courseTitle);
        return mail(email, name, "Je inschrijving voor " + courseTitle + " is niet goedgekeurd", dutch, english);
    }

    private static OutgoingMail mail(String email, String name, String subject, String dutch, String english) {
        return OutgoingMail.to(email, name).subject(subject).text(MailText.dutchThenEnglish(dutch, english)).build();
    }
}

package nl.ptvt.academy.enrolment.application;

import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/** To a learner whom a coordinator or administrator enrolled: where the course waits for them. */
final class EnrolledMail {

    private EnrolledMail() {
    }

    /** @param link the lesson player of the enrolment */
    static OutgoingMail compose(String email, String name, String courseTitle, String enroller, String link) {
        String dutch = """
                Beste %1$s,

                %2$s heeft je ingeschreven voor de e-learning "%3$s" in de PTvT Academy. De cursus staat voor je \
                klaar; je begint (en gaat later verder) via deze link:

                %4$s

                Je vindt de cursus en je voortgang ook onder Mijn Academy.
                """.formatted(name, enroller, courseTitle, link);
        String english = """
                Dear %1$s,

                %2$s has enrolled you in the e-learning course "%3$s" at the PTvT Academy. Start (and later continue) \
                at the link above; the course and your progress are also under "Mijn Academy".
                """.formatted(name, enroller, courseTitle);
        return OutgoingMail.to(email, name).subject("Je bent ingeschreven voor " + courseTitle)
                .text(MailText.dutchThenEnglish(dutch, english)).build();
    }
}

package nl.ptvt.academy.enrolment.application;

import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/** To an approver: someone asks to take a course that needs approval. */
final class ApprovalRequestMail {

    private ApprovalRequestMail() {
    }

    /**
     * @param learnerOrganisation the learner's organisation, or null
     * @param link                the approvers' list of pending enrolments
     * @param dedupKey            one mail per request per approver, however often the request is sent
     */
    static OutgoingMail compose(String email, String name, String learnerName, String learnerEmail, String learnerOrganisation,
                                String courseTitle, String link, String dedupKey) {
        String who = learnerName + " (" + learnerEmail + (learnerOrganisation == null ? "" : ", " + learnerOrganisation) + ")";
        String dutch = """
                Beste %1$s,

                %2$s wil de e-learning "%3$s" volgen. Voor deze cursus is goedkeuring nodig. Keur de aanvraag goed \
                of af op:

                %4$s
                """.formatted(name, who, courseTitle, link);
        String english = """
                Dear %1$s,

                %2$s asks to take the e-learning course "%3$s", which needs approval. Approve or refuse the request \
                at the link above.
                """.formatted(name, who, courseTitle);
        return OutgoingMail.to(email, name).subject("Aanvraag ter goedkeuring: " + courseTitle)
                .text(MailText.dutchThenEnglish(dutch, english)).dedupKey(dedupKey).build();
    }
}

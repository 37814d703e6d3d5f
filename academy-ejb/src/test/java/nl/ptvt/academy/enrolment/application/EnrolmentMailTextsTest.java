package nl.ptvt.academy.enrolment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ptvt.academy.mail.domain.OutgoingMail;
import org.junit.jupiter.api.Test;

class EnrolmentMailTextsTest {

    private static final String PLAYER = "https://academy.ptvt.nl/leren?inschrijving=311";
    private static final String COURSE = "https://academy.ptvt.nl/cursus/een-goede-gastles-geven";

    @Test
    void anEnrolledLearnerIsToldWhoEnrolledThemAndWhereTheCourseWaits() {
        OutgoingMail mail = EnrolledMail.compose("jan@school.nl", "Jan de Vries", "Een goede gastles geven", "Sanne Coördinator", PLAYER);
        assertEquals("jan@school.nl", mail.recipientAddress());
        assertEquals("Jan de Vries", mail.recipientName());
        assertEquals("Je bent ingeschreven voor Een goede gastles geven", mail.subject());
        assertTrue(mail.text().startsWith("Beste Jan de Vries,\n\nSanne Coördinator heeft je ingeschreven voor de e-learning \"Een goede gastles geven\""), mail.text());
        assertTrue(mail.text().contains("\n" + PLAYER + "\n"), "the link on a line of its own: " + mail.text());
        assertTrue(mail.text().contains("Sanne Coördinator has enrolled you in the e-learning course"), "a short English paragraph");
        assertTrue(mail.deduplication().isEmpty());
    }

    @Test
    void anApprovalGivesTheLinkToStartAndTheApproversNote() {
        OutgoingMail mail = DecisionMail.compose("jan@school.nl", "Jan", "Techniek in de klas", true, "Veel plezier", PLAYER);
        assertEquals("Je inschrijving voor Techniek in de klas is goedgekeurd", mail.subject());
        assertTrue(mail.text().contains("is goedgekeurd. Je kunt meteen beginnen:\n\n" + PLAYER + "\n"), mail.text());
        assertTrue(mail.text().contains("Toelichting: Veel plezier"), mail.text());
        assertTrue(mail.text().contains("has been approved"), mail.text());
        assertFalse(DecisionMail.compose("jan@school.nl", "Jan", "Techniek", true, null, PLAYER).text().contains("Toelichting"));
    }

    @Test
    void aRefusalGivesTheReasonAndTheCoursePageToAskAgain() {
        OutgoingMail mail = DecisionMail.compose("jan@school.nl", "Jan", "Techniek in de klas", false, "Volg eerst de basistraining", COURSE);
        assertEquals("Je inschrijving voor Techniek in de klas is niet goedgekeurd", mail.subject());
        assertTrue(mail.text().contains("Reden: Volg eerst de basistraining"), mail.text());
        assertTrue(mail.text().contains("\n" + COURSE + "\n"), mail.text());
        assertTrue(mail.text().contains("has not been approved"), mail.text());
        assertTrue(DecisionMail.compose("jan@school.nl", "Jan", "Techniek", false, null, COURSE).text().contains("Reden: er is geen reden opgegeven."));
    }

    @Test
    void anApproverIsToldWhoAsksForWhichCourseOncePerRequest() {
        OutgoingMail mail = ApprovalRequestMail.compose("coordinator@school.nl", "Sanne", "Jan de Vries", "jan@school.nl",
                "OBS De Uitvinderij", "Techniek in de klas", "https://academy.ptvt.nl/coordinator/goedkeuren", "enrolment-request:311:1:9");
        assertEquals("coordinator@school.nl", mail.recipientAddress());
        assertEquals("Aanvraag ter goedkeuring: Techniek in de klas", mail.subject());
        assertTrue(mail.text().contains("Jan de Vries (jan@school.nl, OBS De Uitvinderij) wil de e-learning \"Techniek in de klas\" volgen"), mail.text());
        assertTrue(mail.text().contains("\nhttps://academy.ptvt.nl/coordinator/goedkeuren\n"), mail.text());
        assertEquals("enrolment-request:311:1:9", mail.dedupKey());
        assertTrue(ApprovalRequestMail.compose("a@b.nl", "Beheerder", "Jan", "jan@school.nl", null, "Techniek", "x", "k").text()
                .contains("Jan (jan@school.nl) wil"), "without an organisation");
    }
}

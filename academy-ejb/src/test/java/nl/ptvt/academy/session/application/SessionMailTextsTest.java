package nl.ptvt.academy.session.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import org.junit.jupiter.api.Test;

class SessionMailTextsTest {

    /** 15 December 2026 is a Tuesday; 13:30 in Amsterdam (winter time) is 12:30 UTC. */
    private static final SessionMailTexts.Facts AT_A_VENUE = new SessionMailTexts.Facts("Sanne", "Techniek in de klas",
            Instant.parse("2026-12-15T12:30:00Z"), Instant.parse("2026-12-15T15:30:00Z"), "De Schakel, Hoofdstraat 1, Assen",
            false, "https://academy.ptvt.test/cursus/techniek");
    private static final SessionMailTexts.Facts ONLINE_WITHOUT_LINK = new SessionMailTexts.Facts("Sanne", "Webinar",
            Instant.parse("2027-07-01T07:00:00Z"), Instant.parse("2027-07-01T08:00:00Z"), null, true,
            "https://academy.ptvt.test/cursus/webinar");

    @Test
    void timesAreInDutchWordsAndAmsterdamTimeAcrossSeasons() {
        assertEquals("dinsdag 15 december 2026, 13:30–16:30", SessionMailTexts.dutchWhen(AT_A_VENUE));
        assertEquals("Tuesday 15 December 2026, 13:30–16:30", SessionMailTexts.englishWhen(AT_A_VENUE));
        assertEquals("donderdag 1 juli 2027, 09:00–10:00", SessionMailTexts.dutchWhen(ONLINE_WITHOUT_LINK), "summer time: UTC+2");
        SessionMailTexts.Facts twoDays = new SessionMailTexts.Facts("Sanne", "Training", Instant.parse("2026-12-15T08:00:00Z"),
                Instant.parse("2026-12-16T15:00:00Z"), "X", false, "https://x");
        assertEquals("dinsdag 15 december 2026, 09:00 – woensdag 16 december 2026, 16:00", SessionMailTexts.dutchWhen(twoDays));
        SessionMailTexts.Facts inParts = new SessionMailTexts.Facts("Sanne", "Training", Instant.parse("2026-12-15T08:00:00Z"),
                Instant.parse("2026-12-16T15:00:00Z"), "X", false, "https://x", java.util.List.of(
                new nl.ptvt.academy.session.SessionPart(Instant.parse("2026-12-15T08:00:00Z"), Instant.parse("2026-12-15T11:00:00Z")),
                new nl.ptvt.academy.session.SessionPart(Instant.parse("2026-12-16T12:00:00Z"), Instant.parse("2026-12-16T15:00:00Z"))));
        assertEquals("dinsdag 15 december 2026, 09:00–12:00 en woensdag 16 december 2026, 13:00–16:00", SessionMailTexts.dutchWhen(inParts));
        assertEquals("Tuesday 15 December 2026, 09:00–12:00 and Wednesday 16 December 2026, 13:00–16:00", SessionMailTexts.englishWhen(inParts));
    }

    @Test
    void aConfirmationSaysWhenAndWhereInDutchThenEnglish() {
        SessionMailTexts.Text text = SessionMailTexts.confirmed(AT_A_VENUE);
        assertEquals("Je plaats is bevestigd: Techniek in de klas", text.subject());
        assertTrue(text.body().startsWith("Beste Sanne,"));
        assertTrue(text.body().contains("dinsdag 15 december 2026, 13:30–16:30"));
        assertTrue(text.body().contains("Locatie: De Schakel, Hoofdstraat 1, Assen"));
        assertTrue(text.body().contains("https://academy.ptvt.test/cursus/techniek"));
        assertTrue(text.body().indexOf("Met vriendelijke groet") < text.body().indexOf("Dear Sanne"), "Dutch first");
    }

    @Test
    void theWaitingListMailGivesThePositionAndNoLink() {
        SessionMailTexts.Text text = SessionMailTexts.waitlisted(ONLINE_WITHOUT_LINK, 3);
        assertEquals("Je staat op de wachtlijst: Webinar", text.subject());
        assertTrue(text.body().contains("op plaats 3"));
        assertTrue(text.body().contains("at position 3"));
    }

    @Test
    void anOnlineSessionWithoutLinkSaysTheLinkFollows() {
        SessionMailTexts.Text text = SessionMailTexts.changed(ONLINE_WITHOUT_LINK, false);
        assertTrue(text.body().contains("Online; de link krijg je zodra je plaats bevestigd is."));
        assertTrue(text.body().contains("Je staat nog steeds op de wachtlijst."));
    }

    @Test
    void cancellationAndReminderNameTheDayAndTheReason() {
        SessionMailTexts.Text cancelled = SessionMailTexts.sessionCancelled(AT_A_VENUE, "De trainer is ziek");
        assertEquals("Geannuleerd: Techniek in de klas op dinsdag 15 december 2026", cancelled.subject());
        assertTrue(cancelled.body().contains("De trainer is ziek"));
        assertEquals("Herinnering: Techniek in de klas op dinsdag 15 december 2026", SessionMailTexts.reminder(AT_A_VENUE).subject());
        assertFalse(SessionMailTexts.bookingCancelled(AT_A_VENUE).body().contains("%"), "every placeholder filled");
    }

    @Test
    void aVeryLongTitleIsCutInTheSubjectSoTheMailIsAlwaysValid() {
        SessionMailTexts.Facts longTitle = new SessionMailTexts.Facts("Sanne", "T".repeat(400), AT_A_VENUE.startsAt(),
                AT_A_VENUE.endsAt(), "X", false, "https://x");
        SessionMailTexts.Text text = SessionMailTexts.promoted(longTitle);
        assertEquals(OutgoingMail.MAX_SUBJECT_LENGTH, text.subject().length());
        OutgoingMail.to("sanne@school.nl", "Sanne").subject(text.subject()).text(text.body()).build();
    }
}

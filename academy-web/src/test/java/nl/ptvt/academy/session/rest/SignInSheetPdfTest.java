package nl.ptvt.academy.session.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.lowagie.text.Rectangle;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.ParticipantView;
import nl.ptvt.academy.session.SessionParticipants;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.Venue;
import org.junit.jupiter.api.Test;

class SignInSheetPdfTest {

    @Test
    void anA4SheetWithTheCourseDutchTimesThePlaceAndOneRowPerConfirmedParticipant() throws IOException {
        // 28 March 2026 is the last Saturday before summer time: 09:00 in Amsterdam is 08:00 UTC
        SessionParticipants session = new SessionParticipants(7, 3, "Gastles duurzaam bouwen", SessionStatus.SCHEDULED,
                Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-28T11:30:00Z"),
                new Venue("Het Lokaal", "Stationsplein 1", "Utrecht", Province.UT), null, List.of("Tessa Trainer"), null, false,
                List.of(participant(1, "Sanne de Vries", "OBS De Uitvinderij", BookingStatus.CONFIRMED),
                        participant(2, "Wachtende Willem", null, BookingStatus.WAITLISTED),
                        participant(3, "Jürgen Öztürk", "Noorderpoort", BookingStatus.CONFIRMED)));

        PdfReader pdf = new PdfReader(SignInSheetPdf.of(session));
        Rectangle page = pdf.getPageSize(1);
        String text = new PdfTextExtractor(pdf).getTextFromPage(1);

        assertEquals(595, Math.round(page.getWidth()), "A4");
        assertEquals(842, Math.round(page.getHeight()), "A4");
        assertTrue(text.contains("Presentielijst"), text);
        assertTrue(text.contains("Gastles duurzaam bouwen"), text);
        assertTrue(text.contains("zaterdag 28 maart 2026, 09:00–12:30"), text);
        assertTrue(text.contains("Het Lokaal, Stationsplein 1, Utrecht"), text);
        assertTrue(text.contains("Tessa Trainer"), text);
        assertTrue(text.contains("Sanne de Vries") && text.contains("OBS De Uitvinderij"), text);
        assertTrue(text.contains("Jürgen Öztürk") && text.contains("Noorderpoort"), text);
        assertTrue(text.contains("Handtekening"), text);
        assertFalse(text.contains("Wachtende Willem"), "only confirmed participants sign");
        assertTrue(text.contains("2 deelnemers"), text);
    }

    @Test
    void aSessionOverTwoDaysShowsBothDays() {
        assertEquals("maandag 26 oktober 2026 09:00 tot dinsdag 27 oktober 2026 16:00",
                SignInSheetPdf.when(Instant.parse("2026-10-26T08:00:00Z"), Instant.parse("2026-10-27T15:00:00Z")));
    }

    private static ParticipantView participant(long id, String name, String organisation, BookingStatus status) {
        return new ParticipantView(id, 100 + id, name, "p" + id + "@academy.test", organisation, status,
                status == BookingStatus.WAITLISTED ? 1 : null, null);
    }
}

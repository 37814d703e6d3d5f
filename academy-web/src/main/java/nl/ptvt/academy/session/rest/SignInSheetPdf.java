package nl.ptvt.academy.session.rest;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.session.ParticipantView;
import nl.ptvt.academy.session.SessionParticipants;
import nl.ptvt.academy.session.Venue;

/**
 * The sign-in sheet (presentielijst) of a session as an A4 PDF: course, date and time in Dutch (Amsterdam time),
 * place, trainers, and one row per confirmed participant with room for a signature. The sheet is handed out in the
 * room, so it is always in Dutch, whatever the language of the page or request. Made with OpenPDF 2.0 (Java 17).
 */
public final class SignInSheetPdf {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH).withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH).withZone(ZONE);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 11);
    private static final Font HEADER_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 10);
    /** Enough height to sign in. */
    private static final float ROW_HEIGHT = 30f;

    private SignInSheetPdf() {
    }

    public static String fileName(SessionParticipants session) {
        return "presentielijst-" + session.sessionId() + ".pdf";
    }

    public static byte[] of(SessionParticipants session) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Presentielijst " + session.courseTitle());
            document.open();
            document.add(new Paragraph("Presentielijst", TITLE));
            Paragraph course = new Paragraph(session.courseTitle(), HEADING);
            course.setSpacingBefore(6);
            document.add(course);
            Paragraph facts = new Paragraph();
            facts.setSpacingBefore(6);
            facts.setSpacingAfter(12);
            facts.add(line("Datum en tijd", when(session.startsAt(), session.endsAt())));
            facts.add(line("Plaats", where(session)));
            facts.add(line("Trainer" + (session.trainers().size() == 1 ? "" : "s"),
                    session.trainers().isEmpty() ? "-" : String.join(", ", session.trainers())));
            document.add(facts);
            document.add(table(session.confirmed()));
            Paragraph count = new Paragraph(session.confirmed().size() + " deelnemer"
                    + (session.confirmed().size() == 1 ? "" : "s") + " met een bevestigde plaats", TEXT);
            count.setSpacingBefore(8);
            document.add(count);
        } catch (DocumentException e) {
            throw new IllegalStateException("The sign-in sheet of session " + session.sessionId() + " could not be made", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    /** "zaterdag 28 maart 2026, 09:00–12:00", or both days when the session ends on a later day. */
    static String when(Instant start, Instant end) {
        if (DAY.format(start).equals(DAY.format(end))) {
            return DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
        }
        return DAY.format(start) + " " + TIME.format(start) + " tot " + DAY.format(end) + " " + TIME.format(end);
    }

    private static String where(SessionParticipants session) {
        Venue venue = session.venue();
        return venue == null ? "Online" : venue.name() + ", " + venue.address() + ", " + venue.city();
    }

    private static Phrase line(String label, String value) {
        Phrase phrase = new Phrase();
        phrase.add(new Phrase(label + ": ", HEADER_CELL));
        phrase.add(new Phrase(value + "\n", TEXT));
        return phrase;
    }

    private static PdfPTable table(List<ParticipantView> participants) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3.2f, 3.2f, 3.1f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of("#", "Naam", "Organisatie", "Handtekening")) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER_CELL));
            cell.setBackgroundColor(new Color(230, 230, 230));
            cell.setPadding(5);
            table.addCell(cell);
        }
        int number = 0;
        for (ParticipantView participant : participants) {
            number++;
            table.addCell(cell(String.valueOf(number)));
            table.addCell(cell(participant.name() == null ? participant.email() : participant.name()));
            table.addCell(cell(participant.organisation() == null ? "" : participant.organisation()));
            table.addCell(cell(""));
        }
        if (participants.isEmpty()) {
            PdfPCell nobody = cell("Geen deelnemers met een bevestigde plaats");
            nobody.setColspan(4);
            table.addCell(nobody);
        }
        return table;
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(5);
        return cell;
    }
}

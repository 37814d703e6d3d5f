package nl.ptvt.academy.enrolment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.Progress;
import org.junit.jupiter.api.Test;

/** The CSV export follows RFC 4180 and defuses spreadsheet formulas in what people typed. */
class ProgressCsvTest {

    @Test
    void writesAHeaderAndOneQuotedLinePerLearner() {
        StringWriter out = new StringWriter();
        ProgressCsv csv = new ProgressCsv(out);
        csv.header();
        csv.row(new LearnerProgress(7, 3, "Een goede gastles geven", 2, 42, "Vries, Sanne \"San\" de", "sanne@school.nl",
                5L, "OBS De Uitvinderij", EnrolmentStatus.COMPLETED,
                new Progress(100, 4, 4, Instant.parse("2026-03-02T10:15:30Z")), Instant.parse("2026-03-01T09:00:00Z"),
                Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T09:05:00Z"), Instant.parse("2026-03-02T10:15:30Z"),
                List.of(new LearnerProgress.QuizScore(9, "Afsluitende quiz", 80, true, 2))));
        csv.row(new LearnerProgress(8, 3, "Een goede gastles geven", 2, 43, "=HYPERLINK(\"x\")", "-@x.nl", null, null,
                EnrolmentStatus.PENDING, new Progress(0, 0, 4, null), Instant.parse("2026-03-03T08:00:00Z"), null, null, null, List.of()));

        String[] lines = out.toString().split("\r\n", -1);
        assertEquals(4, lines.length, "three lines, each ended by CRLF");
        assertEquals(String.join(",", ProgressCsv.HEADER), lines[0]);
        assertEquals("7,42,\"Vries, Sanne \"\"San\"\" de\",sanne@school.nl,OBS De Uitvinderij,COMPLETED,2,100,4,4,"
                + "2026-03-01T09:00:00Z,2026-03-01T09:00:00Z,2026-03-01T09:05:00Z,2026-03-02T10:15:30Z,2026-03-02T10:15:30Z,"
                + "Afsluitende quiz: 80% passed (2 attempts)", lines[1]);
        assertEquals("8,43,\"'=HYPERLINK(\"\"x\"\")\",'-@x.nl,,PENDING,2,0,0,4,2026-03-03T08:00:00Z,,,,,", lines[2]);
        assertEquals("", lines[3]);
    }

    @Test
    void quotesLineBreaks() {
        assertEquals("\"twee\nregels\"", ProgressCsv.field("twee\nregels"));
        assertEquals("gewoon", ProgressCsv.field("gewoon"));
    }
}

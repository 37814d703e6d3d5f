package nl.ptvt.academy.certification.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.ptvt.academy.certification.CertificateDocument;
import org.junit.jupiter.api.Test;

/** The certificate's PDF: landscape A4, its text selectable, in the certificate's language. */
class CertificatePdfTest {

    private static CertificateDocument document(String language, LocalDate expiresOn) {
        return new CertificateDocument("7k3m9q2x4v8b1c5d6e7f8g9h0j", 12, "Sanne de Vries-Bakker", "sanne@school.nl", language,
                42, "Techniek in de klas: de basis", 3, "Samenvatting", "Techniekcoach", new BigDecimal("12.5"),
                LocalDate.of(2026, 3, 31), Instant.parse("2026-03-31T22:30:00Z"), expiresOn,
                "https://academy.ptvt.nl/cursus/techniek-in-de-klas", "https://academy.ptvt.nl/certificaat/7k3m9q2x4v8b1c5d6e7f8g9h0j");
    }

    @Test
    void aDutchCertificateSaysEverythingInSelectableText() throws Exception {
        byte[] pdf = CertificatePdf.of(document("nl", LocalDate.of(2028, 3, 31)));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        assertEquals(842, Math.round(reader.getPageSize(1).getWidth()), "landscape A4");
        assertEquals(595, Math.round(reader.getPageSize(1).getHeight()));
        assertEquals(0, reader.getPageRotation(1));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        for (String expected : new String[] {"PTVT ACADEMY", "Certificaat", "Sanne de Vries-Bakker", "Techniek in de klas: de basis",
                "versie 3", "Techniekcoach", "12,5 uur", "31 maart 2026", "Geldig tot en met", "31 maart 2028",
                "PTvT Academy", "1 april 2026", "7k3m9q2x4v8b1c5d6e7f8g9h0j", "https://academy.ptvt.nl/certificaat/7k3m9q2x4v8b1c5d6e7f8g9h0j"}) {
            assertTrue(text.contains(expected), "'" + expected + "' in: " + text);
        }
    }

    @Test
    void anEnglishCertificateWithoutExpiryOrTheme() throws Exception {
        CertificateDocument english = new CertificateDocument("code0000000000000000000000", 1, "Jan Smith", "jan@example.org", "en", 1,
                "STEM mentality", 1, null, null, new BigDecimal("4.0"), LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T10:00:00Z"),
                null, "https://academy.ptvt.nl/cursus/stem", "https://academy.ptvt.nl/certificaat/code0000000000000000000000");
        String text = new PdfTextExtractor(new PdfReader(CertificatePdf.of(english))).getTextFromPage(1);
        for (String expected : new String[] {"Certificate", "has successfully completed", "Jan Smith", "STEM mentality",
                "4 hours", "1 December 2026", "Validity", "unlimited", "Issued by"}) {
            assertTrue(text.contains(expected), "'" + expected + "' in: " + text);
        }
        assertEquals("certificate-stem-mentality-code0000000000000000000000.pdf", CertificatePdf.fileName(english));
    }

    @Test
    void theFileNameIsSafe() {
        assertEquals("certificaat-techniek-in-de-klas-de-basis-7k3m9q2x4v8b1c5d6e7f8g9h0j.pdf",
                CertificatePdf.fileName(document("nl", null)));
    }
}

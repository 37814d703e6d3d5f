package nl.ptvt.academy.certification.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ptvt.academy.certification.CertificateDocument;

/**
 * A certificate as an A4 landscape PDF: the Academy's name, the holder, the course and its version, theme, study
 * load, completion date, validity, the issuer, the code and a QR code pointing at the public verification page. In
 * Dutch, or English when the certificate's language is English. Made from the {@link CertificateDocument} alone, so a
 * ZIP of many certificates or a benchmark can call {@link #of(CertificateDocument)} without a database. The text is
 * real text (Helvetica), so it can be selected, searched and read by screen readers; the QR code is drawn as vector
 * squares, sharp at any print size.
 */
public final class CertificatePdf {

    // the Academy's colours, as in academy.css
    private static final Color BLUE = new Color(0x0b, 0x3d, 0x91);
    private static final Color BLUE_DARK = new Color(0x07, 0x2a, 0x66);
    private static final Color ORANGE = new Color(0xc2, 0x41, 0x0c);
    private static final Color TEXT = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final Color SURFACE = new Color(0xf5, 0xf7, 0xfa);

    private static final Font ACADEMY = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Font.NORMAL, BLUE);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 40, Font.NORMAL, BLUE_DARK);
    private static final Font INTRO = FontFactory.getFont(FontFactory.HELVETICA, 13, Font.NORMAL, MUTED);
    private static final Font HOLDER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 28, Font.NORMAL, TEXT);
    private static final Font COURSE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, Font.NORMAL, BLUE);
    private static final Font FACT_LABEL = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL, MUTED);
    private static final Font FACT = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL, TEXT);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, Font.NORMAL, MUTED);
    private static final Font CODE = FontFactory.getFont(FontFactory.COURIER_BOLD, 10, Font.NORMAL, TEXT);

    private static final Map<String, Words> WORDS = Map.of(
            "nl", new Words(Locale.forLanguageTag("nl-NL"), "Certificaat", "Hierbij verklaart PTvT Academy dat",
                    "met goed gevolg heeft afgerond", "versie", "Thema", "Studiebelasting", "uur", "Afgerond op",
                    "Geldig tot en met", "Geldigheid", "onbeperkt", "Uitgegeven door", "Uitgegeven op",
                    "Controleer dit certificaat", "Code"),
            "en", new Words(Locale.forLanguageTag("en-GB"), "Certificate", "PTvT Academy hereby declares that",
                    "has successfully completed", "version", "Theme", "Study load", "hours", "Completed on",
                    "Valid until", "Validity", "unlimited", "Issued by", "Issued on",
                    "Verify this certificate", "Code"));

    private CertificatePdf() {
    }

    public static String fileName(CertificateDocument certificate) {
        String words = certificate.courseTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String prefix = "en".equals(certificate.language()) ? "certificate-" : "certificaat-";
        return prefix + (words.isEmpty() ? "" : (words.length() > 60 ? words.substring(0, 60) : words) + "-")
                + certificate.code() + ".pdf";
    }

    public static byte[] of(CertificateDocument certificate) {
        Words words = WORDS.getOrDefault(certificate.language(), WORDS.get("nl"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // landscape by its media box (842 x 595 pt), not by a /Rotate entry, so every viewer and printer agrees
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(page, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.addTitle(words.title() + " " + certificate.courseTitle() + " - " + certificate.holderName());
            document.addAuthor("PTvT Academy");
            document.addSubject(certificate.verificationUrl());
            // the document's language, for screen readers
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
                    new com.lowagie.text.pdf.PdfString(words.locale().toLanguageTag()));
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas, page);
            body(canvas, page, certificate, words);
            footer(canvas, page, certificate, words);
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate " + certificate.code() + " could not be made", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    /** A light surface inside a double border: blue outside, a thin orange line inside. */
    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorFill(SURFACE);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.fill();
        canvas.setColorStroke(BLUE);
        canvas.setLineWidth(6);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setColorStroke(ORANGE);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
        // an orange accent under the title
        canvas.setColorFill(ORANGE);
        canvas.rectangle(page.getWidth() / 2 - 40, page.getHeight() - 148, 80, 3);
        canvas.fill();
        canvas.restoreState();
    }

    private static void body(PdfContentByte canvas, Rectangle page, CertificateDocument certificate, Words words)
            throws DocumentException {
        float width = page.getWidth();
        float top = page.getHeight();
        centred(canvas, "PTVT ACADEMY", ACADEMY, width, top - 78);
        centred(canvas, words.title(), TITLE, width, top - 130);

        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(90, 190, width - 90, top - 160);
        column.addElement(paragraph(words.intro(), INTRO, 14, 0));
        column.addElement(paragraph(certificate.holderName(), HOLDER, 10, 0));
        column.addElement(paragraph(words.completed(), INTRO, 10, 0));
        column.addElement(paragraph(certificate.courseTitle(), COURSE, 8, 0));
        column.addElement(paragraph(words.version() + " " + certificate.courseVersion(), INTRO, 2, 0));
        column.go();

        List<String[]> facts = new ArrayList<>();
        if (certificate.themeName() != null) {
            facts.add(new String[] {words.theme(), certificate.themeName()});
        }
        if (certificate.studyHours() != null) {
            facts.add(new String[] {words.studyLoad(), hours(certificate.studyHours(), words)});
        }
        facts.add(new String[] {words.completedOn(), date(certificate.completedOn(), words)});
        facts.add(certificate.expiresOn() == null ? new String[] {words.validity(), words.unlimited()}
                : new String[] {words.validUntil(), date(certificate.expiresOn(), words)});
        float columnWidth = (width - 180) / facts.size();
        for (int i = 0; i < facts.size(); i++) {
            float x = 90 + columnWidth * i + columnWidth / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(facts.get(i)[0], FACT_LABEL), x, 176, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(facts.get(i)[1], FACT), x, 160, 0);
        }
    }

    /** Issuer and date on the left, the QR code with the code and address on the right. */
    private static void footer(PdfContentByte canvas, Rectangle page, CertificateDocument certificate, Words words) {
        float width = page.getWidth();
        canvas.saveState();
        canvas.setColorStroke(BLUE);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(70, 118);
        canvas.lineTo(250, 118);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(words.issuedBy(), FACT_LABEL), 70, 104, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("PTvT Academy", FACT), 70, 89, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(words.issuedOn() + " "
                + date(LocalDate.ofInstant(certificate.issuedAt(), java.time.ZoneId.of("Europe/Amsterdam")), words), SMALL), 70, 74, 0);

        float qrSize = 92;
        float qrX = width - 70 - qrSize;
        float qrY = 58;
        qr(canvas, certificate.verificationUrl(), qrX, qrY, qrSize);
        float textRight = qrX - 12;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(words.verify(), FACT_LABEL), textRight, 128, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(words.code() + " " + certificate.code(), CODE),
                textRight, 113, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(certificate.verificationUrl(), SMALL),
                textRight, 99, 0);
    }

    /** The QR code as filled squares (error correction M, the standard quiet zone of 4 modules). */
    static void qr(PdfContentByte canvas, String content, float x, float y, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("No QR code for " + content, e);
        }
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static void centred(PdfContentByte canvas, String text, Font font, float width, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, font), width / 2, y, 0);
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(font.getSize() * 1.25f);
        return paragraph;
    }

    static String date(LocalDate date, Words words) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", words.locale()).format(date);
    }

    /** 12.5 as "12,5 uur" in Dutch, "12.5 hours" in English; whole hours without decimals. */
    static String hours(BigDecimal hours, Words words) {
        String number = hours.stripTrailingZeros().toPlainString();
        if ("nl".equals(words.locale().getLanguage())) {
            number = number.replace('.', ',');
        }
        return number + " " + words.hours();
    }

    record Words(Locale locale, String title, String intro, String completed, String version, String theme,
                 String studyLoad, String hours, String completedOn, String validUntil, String validity, String unlimited,
                 String issuedBy, String issuedOn, String verify, String code) {
    }
}

package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.testing.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The certificate journey in headless Chromium against the Academy on Payara Micro with MariaDB: a teacher completes
 * a short e-learning, finds the certificate on "mijn certificaten", downloads its PDF and copies its share link; an
 * anonymous visitor verifies it at the code's address. Someone without certificates sees the empty state; an unknown
 * code is not found. Every page meets WCAG 2.1 AA. The course is made through the REST API ({@link ELearningFixture}).
 */
class CertificateJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    @Test
    void aTeacherCompletesACourseDownloadsTheCertificateAndAVisitorVerifiesIt() throws Exception {
        ELearningFixture course = ELearningFixture.publishWithCertificate(api().newAuthor(PASSWORD));
        String email = ApiClient.uniqueEmail("sanne");
        api().registerAndSignIn("Sanne de Vries", email, PASSWORD);
        List<String> problems = new ArrayList<>();

        CoursePage coursePage = new CoursePage(browser, base).open(course.slug());
        coursePage.loginToEnrol().logIn(email, PASSWORD);
        LessonPlayerPage player = coursePage.enrol();
        player.markDone();
        assertTrue(player.lessonState().endsWith("Gedaan"), player.lessonState());

        CertificatePages certificates = new CertificatePages(browser, base).openMine(1);
        assertEquals("Mijn certificaten", certificates.heading());
        String card = certificates.cardText(0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertTrue(card.contains(course.title()), card);
        assertTrue(card.contains("Geldig"), card);
        assertTrue(card.contains(DUTCH_DATE.format(today.plusMonths(24))), "valid for two years, in Dutch: " + card);
        String code = certificates.code(0);
        assertTrue(certificates.shareLink(0).endsWith("/certificaat/" + code), certificates.shareLink(0));
        assertEquals("De link is gekopieerd.", certificates.copyShareLink(0));
        problems.addAll(Accessibility.check(browser, null));

        HttpResponse<byte[]> pdf = fetchAsBrowser(certificates.downloadAddress(0));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("Sanne de Vries") && text.contains(course.title()) && text.contains(code), text);
        assertEquals(404, fetchAsBrowser(base + "/mijn-certificaten/certificaat.pdf?code=0123456789abcdefghjkmnpqrs").statusCode());

        // an anonymous visitor, e.g. the school that received the PDF, checks the code
        browser.manage().deleteAllCookies();
        certificates.openVerification("0123456789abcdefghjkmnpqrs");
        assertEquals("Deze pagina bestaat niet", certificates.heading());
        certificates.openVerification(code);
        assertEquals("Certificaat controleren", certificates.heading());
        assertEquals("VALID", certificates.statusCode());
        assertTrue(certificates.status().contains("Geldig"), certificates.status());
        assertEquals("Sanne de Vries", certificates.holderName());
        assertTrue(certificates.courseTitle().startsWith(course.title()), certificates.courseTitle());
        assertEquals(DUTCH_DATE.format(today.plusMonths(24)), certificates.expiresOn());
        assertTrue(certificates.text().contains("Dit certificaat is echt en geldig"), certificates.text());
        problems.addAll(Accessibility.check(browser, null));

        certificates.switchLanguage("en");
        assertEquals("Verify a certificate", certificates.heading());
        assertTrue(certificates.status().contains("Valid"), "the same certificate after the language switch: " + certificates.status());
        certificates.switchLanguage("nl");
        assertEquals("Sanne de Vries", certificates.holderName());

        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    @Test
    void someoneWithoutCertificatesSeesWhereTheyComeFrom() {
        String email = ApiClient.uniqueEmail("willem");
        api().registerAndSignIn("Willem Jansen", email, PASSWORD);
        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        CertificatePages certificates = new CertificatePages(browser, base).openMine(0);
        assertTrue(certificates.showsEmptyState(), certificates.text());
        assertEquals(List.of(), Accessibility.check(browser, null), "WCAG 2.1 AA problems");

        browser.manage().deleteAllCookies();
        browser.get(base + "/mijn-certificaten");
        assertTrue(browser.getCurrentUrl().contains("/inloggen"), "signed out: to the login page, " + browser.getCurrentUrl());
    }

    /** Fetches an address with the browser's session, as a download would (a download cannot be read in the browser). */
}

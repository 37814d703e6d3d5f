package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.IntegrationTestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A course's certificates page in headless Chromium against the Academy on Payara Micro with MariaDB: an administrator
 * sees the certificates of learners who completed the course, revokes one (a reason is required; the public
 * verification then says so), reissues one after a change of name and issues one by hand by e-mail address; the
 * course's author sees the list without any of that, another author and a learner are refused. WCAG 2.1 AA. Courses
 * and completions are made through the REST API.
 */
class CourseCertificatesJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "certificaten-beheren-2026";
    private static final String FORBIDDEN = "U hebt geen toegang tot deze pagina";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    @Test
    void anAdministratorRevokesReissuesAndIssuesACertificateByHand() throws Exception {
        ELearningFixture course = ELearningFixture.publishWithCertificate(api().newAuthor(PASSWORD));
        ApiClient sanne = api().registerAndSignIn("Sanne de Vries", ApiClient.uniqueEmail("sanne"), PASSWORD);
        ApiClient willem = api().registerAndSignIn("Willem Jansen", ApiClient.uniqueEmail("willem"), PASSWORD);
        String fatimaEmail = ApiClient.uniqueEmail("fatima");
        api().registerAndSignIn("Fatima El Amrani", fatimaEmail, PASSWORD);
        String sannesCode = complete(sanne, course);
        String willemsCode = complete(willem, course);
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
        AuthorCertificatesPage page = new AuthorCertificatesPage(browser, base).open(course.id());
        assertEquals("Certificaten: " + course.title(), page.heading());
        assertEquals(List.of(willemsCode, sannesCode), page.codes(), "newest first");
        String today = DUTCH_DATE.format(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        String sannesRow = page.rowText(sannesCode);
        for (String expected : List.of("Sanne de Vries", "Geldig", "E-learning afgerond", today,
                DUTCH_DATE.format(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(24)))) {
            assertTrue(sannesRow.contains(expected), "'" + expected + "' in " + sannesRow);
        }
        assertTrue(page.verificationAddress(sannesCode).endsWith("/certificaat/" + sannesCode));
        problems.addAll(Accessibility.check(browser, null));

        // revoking asks first, in a panel that takes the focus; without a reason nothing happens
        page.askRevoke(sannesCode);
        assertEquals("Certificaat intrekken?", page.decisionHeading());
        assertEquals("decision:reason", page.focused(), "the focus moves into the confirmation");
        page.confirm(null);
        assertEquals("Geef een reden op", page.fieldMessages("reason-messages"));
        assertEquals("VALID", verification(sannesCode).getString("status"), "nothing revoked without a reason");
        problems.addAll(Accessibility.check(browser, null));
        page.confirm("Toets niet zelf gemaakt");
        assertTrue(page.messages().contains("Het certificaat van Sanne de Vries (controlecode " + sannesCode + ") is ingetrokken."),
                page.messages());
        assertFalse(page.showsDecision());
        assertEquals("REVOKED", page.status(sannesCode));
        assertTrue(page.rowText(sannesCode).contains("Ingetrokken"), page.rowText(sannesCode));
        assertFalse(page.offersChangesFor(sannesCode), "a revoked certificate is not revoked or reissued again");
        JsonObject revoked = verification(sannesCode);
        assertEquals("REVOKED", revoked.getString("status"));
        assertEquals("Toets niet zelf gemaakt", revoked.getString("revocationReason"));

        // going back from the panel changes nothing
        page.askReissue(willemsCode);
        assertEquals("Certificaat opnieuw uitgeven?", page.decisionHeading());
        page.keep();
        assertFalse(page.showsDecision());
        assertEquals("VALID", page.status(willemsCode));

        // a reissue after a change of name: a new code with the new name, the old one replaced
        rename(accountId(willem), "Willem de Boer");
        page.askReissue(willemsCode).confirm("Naamswijziging na huwelijk");
        String message = page.messages();
        assertTrue(message.startsWith("Het certificaat van Willem de Boer is opnieuw uitgegeven. De nieuwe controlecode is "), message);
        String newCode = message.substring(message.lastIndexOf(' ') + 1).replaceAll("\\.$", "");
        assertNotEquals(willemsCode, newCode);
        assertEquals(List.of(newCode, willemsCode, sannesCode), page.codes());
        assertEquals("SUPERSEDED", page.status(willemsCode));
        assertTrue(page.rowText(newCode).contains("Willem de Boer") && page.rowText(newCode).contains("Geldig"), page.rowText(newCode));
        assertEquals("Willem de Boer", verification(newCode).getString("holderName"));
        assertEquals("SUPERSEDED", verification(willemsCode).getString("status"));

        // by hand: only to an account that exists, and not while the person holds a valid one
        page.issue("niemand-" + fatimaEmail, "Cursus elders gevolgd");
        assertEquals("Er is geen account met dit e-mailadres.", page.fieldMessages("email-messages"));
        assertEquals(3, page.codes().size(), "nothing issued");
        page.issue(fatimaEmail.toUpperCase(Locale.ROOT), "");
        assertEquals("Geef een reden op", page.fieldMessages("issue-reason-messages"));
        page.issue(fatimaEmail, "Cursus elders gevolgd");
        assertTrue(page.messages().startsWith("Er is een certificaat uitgereikt aan Fatima El Amrani, met controlecode "), page.messages());
        String fatimasCode = page.codes().get(0);
        assertTrue(page.rowText(fatimasCode).contains("Handmatig uitgereikt"), page.rowText(fatimasCode));
        assertEquals("VALID", verification(fatimasCode).getString("status"));
        page.issue(fatimaEmail, "Nog een keer");
        assertTrue(page.fieldMessages("email-messages").startsWith("Deze persoon heeft al een geldig certificaat van deze cursus."),
                page.fieldMessages("email-messages"));
        assertEquals(4, page.codes().size());
        problems.addAll(Accessibility.check(browser, null));

        // the public verification page says what happened
        CertificatePages verificationPage = new CertificatePages(browser, base).openVerification(sannesCode);
        assertEquals("REVOKED", verificationPage.statusCode());
        assertTrue(verificationPage.text().contains("Toets niet zelf gemaakt"), verificationPage.text());

        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    @Test
    void theAuthorSeesTheListOnlyAndOthersAreRefused() throws Exception {
        String authorEmail = ApiClient.uniqueEmail("auteur");
        ApiClient author = api().registerWithRoles("Anna Auteur", authorEmail, PASSWORD, "AUTHOR");
        ELearningFixture course = ELearningFixture.publishWithCertificate(author);
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(authorEmail, PASSWORD);
        AuthorCertificatesPage page = new AuthorCertificatesPage(browser, base);
        browser.get(base + "/auteur/cursus?id=" + course.id());
        page.await().until(driver -> !driver.findElements(By.id("certificates")).isEmpty());
        browser.findElement(By.id("certificates")).click(); // the editor's link
        page.await().until(driver -> driver.getCurrentUrl().contains("/auteur/certificaten?cursus=" + course.id()));
        assertTrue(page.showsEmptyState(), page.text());
        assertTrue(page.text().contains("Voor deze cursus zijn nog geen certificaten uitgegeven."), page.text());
        problems.addAll(Accessibility.check(browser, null));

        String code = complete(api().registerAndSignIn("Jürgen Öztürk", ApiClient.uniqueEmail("jurgen"), PASSWORD), course);
        page.open(course.id());
        assertEquals(List.of(code), page.codes());
        assertTrue(page.rowText(code).contains("Jürgen Öztürk"), page.rowText(code));
        assertFalse(page.offersAdministration(), "revoking, reissuing and issuing by hand are for administrators");
        problems.addAll(Accessibility.check(browser, null));

        // the author makes the ZIP of the course's certificates in the background and downloads it
        String made = page.makeZip();
        assertTrue(made.matches("Klaar: 1 certificaat in het ZIP-bestand \\(\\d+ kB\\), elk als pdf en als Open Badge\\."), made);
        assertEquals("100", page.jobProgress());
        problems.addAll(Accessibility.check(browser, null));
        java.net.http.HttpResponse<byte[]> zip = fetchAsBrowser(page.jobDownloadAddress());
        assertEquals(200, zip.statusCode());
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName().substring(entry.getName().lastIndexOf('-') + 1));
            }
        }
        assertEquals(List.of(code + ".pdf", code + ".jwt"), names);
        browser.get(base + "/auteur/deelnemers?cursus=" + course.id());
        String link = page.await().until(driver -> driver.findElement(By.id("certificates"))).getAttribute("href");
        assertTrue(link.endsWith("/auteur/certificaten?cursus=" + course.id()), "the learners page links here: " + link);

        browser.manage().deleteAllCookies();
        String otherAuthor = ApiClient.uniqueEmail("auteur");
        api().registerWithRoles("Bert Auteur", otherAuthor, PASSWORD, "AUTHOR");
        new LoginPage(browser, base).open().logIn(otherAuthor, PASSWORD);
        assertEquals(FORBIDDEN, page.open(course.id()).heading(), "an author of other courses");

        browser.manage().deleteAllCookies();
        String learner = ApiClient.uniqueEmail("leerling");
        api().registerAndSignIn("Lotte Leerling", learner, PASSWORD);
        new LoginPage(browser, base).open().logIn(learner, PASSWORD);
        assertEquals(FORBIDDEN, page.open(course.id()).heading(), "a learner");

        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    /** Enrols the learner and completes the course's only lesson; returns the code of the certificate that follows. */
    private static String complete(ApiClient learner, ELearningFixture course) throws InterruptedException {
        Reply enrolled = learner.post("api/v1/courses/" + course.id() + "/enrolments", "");
        assertEquals(201, enrolled.status(), enrolled.toString());
        long enrolment = enrolled.json().getJsonNumber("id").longValue();
        Reply done = learner.put("api/v1/me/enrolments/" + enrolment + "/lessons/" + course.textLessonId() + "/completion", "");
        assertEquals(200, done.status(), done.toString());
        // the certificate is issued after the completion's commit
        Instant deadline = Instant.now().plusSeconds(20);
        JsonArray mine = learner.get("api/v1/me/certificates").jsonArray();
        while (mine.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            mine = learner.get("api/v1/me/certificates").jsonArray();
        }
        assertEquals(1, mine.size(), mine.toString());
        return mine.getJsonObject(0).getString("code");
    }

    private JsonObject verification(String code) {
        Reply reply = api().get("api/v1/certificates/" + code + "/verification");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long accountId(ApiClient person) {
        return person.get("api/v1/me").json().getJsonNumber("id").longValue();
    }

    private static void rename(long accountId, String name) throws Exception {
        try (Connection db = IntegrationTestServer.openDatabase();
             PreparedStatement update = db.prepareStatement("UPDATE account SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, accountId);
            assertEquals(1, update.executeUpdate());
        }
    }
}

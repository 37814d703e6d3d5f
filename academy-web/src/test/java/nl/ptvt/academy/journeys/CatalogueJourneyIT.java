package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.Courses;
import nl.ptvt.academy.testing.IntegrationTestServer;
import nl.ptvt.academy.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The catalogue and the course settings in headless Chromium against the Academy on Payara Micro with MariaDB: a
 * visitor searches, filters, sorts and pages the catalogue; an administrator keeps the themes, which the
 * catalogue and the editor then offer; an author adds a co-author and a picture that the catalogue shows. Every
 * page meets WCAG 2.1 AA. Courses are made over REST with a tag of the test's own, because the database is shared.
 */
class CatalogueJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Adds a theme over REST and returns its code. */
    private String addTheme(String nameNl, String nameEn) {
        ApiClient.Reply added = api().asAdministrator().post("api/v1/themes",
                "{\"nameNl\":\"" + nameNl + "\",\"nameEn\":\"" + nameEn + "\"}");
        assertEquals(201, added.status(), added.toString());
        return added.json().getString("code");
    }

    @Test
    void aVisitorSearchesFiltersSortsAndPagesTheCatalogue() {
        String tag = Courses.tag();
        String themeName = "Maakonderwijs " + tag;
        String theme = addTheme(themeName, "Maker education " + tag);
        ApiClient author = api().registerWithRoles("Ruben Auteur", "auteur-" + unique() + "@ptvt.test", PASSWORD, "AUTHOR");
        String robotics = "Robotica in groep 8 " + tag;
        String microbit = "Programmeren met de micro:bit " + tag;
        String guestLesson = "Techniek in de onderbouw " + tag;
        String solar = "Zonne-energie in de klas " + tag;
        Courses.publish(author, Courses.details(robotics, "WORKSHOP", theme, "PRIMARY_TEACHER"));
        Courses.publish(author, Courses.details(microbit, "WEBINAR", theme, "SECONDARY_TEACHER"));
        Courses.publish(author, Courses.details(guestLesson, "WORKSHOP", "GUEST_LESSONS", "SECONDARY_TEACHER"));
        List<String> webinars = IntStream.rangeClosed(1, 10).mapToObj(n -> "Webinar %02d %s".formatted(n, tag)).toList();
        webinars.forEach(title -> Courses.publish(author, Courses.details(title, "WEBINAR", "CAREER_ORIENTATION", "COMPANY_STAFF")));
        Courses.publish(author, Courses.details(solar, "TRAINING", theme, "PRIMARY_TEACHER", "SECONDARY_TEACHER"));
        List<String> problems = new ArrayList<>();

        CataloguePage catalogue = new CataloguePage(browser, base).open();
        assertTrue(catalogue.options("theme").contains(themeName), "the theme an administrator added: " + catalogue.options("theme"));
        catalogue.search(tag);
        assertTrue(catalogue.resultsCount().startsWith("14 cursussen gevonden"), catalogue.resultsCount());
        assertTrue(catalogue.resultsCount().contains("pagina 1 van 2"), catalogue.resultsCount());
        List<String> byTitle = new ArrayList<>(List.of(microbit, robotics, guestLesson));
        byTitle.addAll(webinars);
        byTitle.add(solar);
        assertEquals(byTitle.subList(0, 12), catalogue.resultTitles(), "by title, twelve to a page");
        problems.addAll(Accessibility.check(browser, null));

        catalogue.page(2);
        assertEquals(byTitle.subList(12, 14), catalogue.resultTitles());
        assertTrue(catalogue.resultsCount().contains("pagina 2 van 2"), catalogue.resultsCount());

        catalogue.choose("theme", theme);
        assertEquals(List.of(microbit, robotics, solar), catalogue.resultTitles(), "a filter starts again at page 1");
        catalogue.choose("format", "WORKSHOP");
        assertEquals(List.of(robotics), catalogue.resultTitles());
        catalogue.choose("format", "").choose("audience", "SECONDARY_TEACHER");
        assertEquals(List.of(microbit, solar), catalogue.resultTitles());
        catalogue.choose("sort", "newest");
        assertEquals(List.of(solar, microbit), catalogue.resultTitles(), "the latest publication first");
        assertTrue(browser.getCurrentUrl().contains("theme=" + theme) && browser.getCurrentUrl().contains("audience=SECONDARY_TEACHER")
                && browser.getCurrentUrl().contains("sort=newest"), "a search has its own address: " + browser.getCurrentUrl());
        problems.addAll(Accessibility.check(browser, null));

        catalogue.choose("format", "E_LEARNING");
        assertEquals(List.of(), catalogue.resultTitles());
        assertTrue(catalogue.text().contains("Geen cursussen gevonden"), catalogue.text());
        problems.addAll(Accessibility.check(browser, null));
        assertEquals(List.of(), problems);
    }

    @Test
    void anAdministratorAddsAndRenamesAThemeThatTheCatalogueAndTheEditorOffer() {
        String tag = Courses.tag();
        List<String> problems = new ArrayList<>();
        new LoginPage(browser, base).open().logIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
        browser.get(base + "/admin/gebruikers");
        ThemeAdministrationPage themes = new ThemeAdministrationPage(browser, base).openFromNavigation();
        assertEquals("Thema's", themes.heading());
        assertTrue(themes.rows().get(0).contains("Bèta&TechMentality"), themes.rows().toString());
        problems.addAll(Accessibility.check(browser, null));

        String page = themes.add(null, "Duurzame techniek " + tag, "Sustainable technology " + tag);
        String code = "DUURZAME_TECHNIEK_" + tag.toUpperCase();
        assertTrue(page.contains("Het thema Duurzame techniek " + tag + " is toegevoegd (code " + code + ")"), page);
        List<String> rows = themes.rows();
        assertTrue(rows.get(rows.size() - 1).contains(code), "the new theme comes last: " + rows);

        String refused = themes.add(null, "Duurzame techniek " + tag, "Another " + tag);
        assertTrue(themes.dialogText().contains("Er is al een thema met deze code"), refused);
        problems.addAll(Accessibility.check(browser, null));
        themes.open();

        themes.rename("Duurzame techniek " + tag, "Duurzaamheid " + tag, "Sustainability " + tag);
        assertTrue(themes.rows().stream().anyMatch(row -> row.contains("Duurzaamheid " + tag) && row.contains(code)), themes.rows().toString());

        browser.get(base + "/auteur/cursus-nieuw");
        assertTrue(browser.findElement(By.id("course:theme")).getText().contains("Duurzaamheid " + tag), "the editor offers it");
        browser.manage().deleteAllCookies();
        assertTrue(new CataloguePage(browser, base).open().options("theme").contains("Duurzaamheid " + tag), "and the catalogue");

        String learner = "leerling-" + unique() + "@school.test";
        api().registerAndSignIn("Femke Visser", learner, PASSWORD);
        new LoginPage(browser, base).open().logIn(learner, PASSWORD);
        assertEquals("U hebt geen toegang tot deze pagina", new ThemeAdministrationPage(browser, base).open().heading());
        assertEquals(List.of(), problems);
    }

    @Test
    void anAuthorAddsACoAuthorAndAPictureThatTheCatalogueShows() throws Exception {
        String tag = Courses.tag();
        String email = "auteur-" + unique() + "@ptvt.test";
        ApiClient author = api().registerWithRoles("Pieter Bakker", email, PASSWORD, "AUTHOR");
        String colleague = "Sanne Mede-auteur " + tag;
        api().registerWithRoles(colleague, "mede-" + unique() + "@ptvt.test", PASSWORD, "AUTHOR");
        String title = "Bruggen bouwen " + tag;
        long courseId = Courses.create(author, Courses.details(title, "WORKSHOP", "SCIENCE_TECHNOLOGY", "PRIMARY_TEACHER"))
                .getJsonNumber("id").longValue();
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        CourseSettingsPanels editor = new CourseSettingsPanels(browser, base).open(courseId);
        assertTrue(editor.authors().contains("Pieter Bakker eigenaar"), editor.authors());
        editor.addAuthor("Mede-auteur " + tag, colleague);
        assertTrue(editor.authors().contains(email), editor.authors());
        problems.addAll(Accessibility.check(browser, null));
        editor.removeAuthor(colleague).addAuthor(tag, colleague);

        Path picture = Files.createTempFile("brug", ".png");
        Files.write(picture, SampleFiles.png());
        String refusal = editor.uploadPicture(picture).saveDetails();
        assertEquals("Beschrijf de afbeelding in een alternatieve tekst", refusal, "an image needs its alternative text");
        problems.addAll(Accessibility.check(browser, null));
        String saved = editor.describePicture("Leerlingen testen een brug van spaghetti").saveDetails();
        assertEquals("De gegevens zijn opgeslagen.", saved);
        assertEquals("Leerlingen testen een brug van spaghetti", editor.pictureText());
        problems.addAll(Accessibility.check(browser, null));
        assertEquals(200, author.post("api/v1/courses/" + courseId + "/publication", "").status());

        browser.manage().deleteAllCookies();
        CataloguePage catalogue = new CataloguePage(browser, base).open().search(tag);
        assertEquals(List.of(title), catalogue.resultTitles());
        assertEquals(List.of("Leerlingen testen een brug van spaghetti"), catalogue.pictureTexts());
        problems.addAll(Accessibility.check(browser, null));
        catalogue.openCourse(title);
        String shown = browser.findElement(By.cssSelector("img.course-image")).getAttribute("alt");
        assertEquals("Leerlingen testen een brug van spaghetti", shown);
        assertTrue((Boolean) browser.executeScript("return arguments[0].naturalWidth > 0", browser.findElement(By.cssSelector("img.course-image"))),
                "the browser loaded the picture");
        problems.addAll(Accessibility.check(browser, null));
        assertEquals(List.of(), problems);
        Files.deleteIfExists(picture);
    }
}

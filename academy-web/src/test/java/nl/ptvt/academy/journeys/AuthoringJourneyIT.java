package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ptvt.academy.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The authoring journeys in headless Chromium against the Academy on Payara Micro with MariaDB: an author writes a
 * course with a module, a text lesson and a quiz, previews it as a learner, publishes it and finds version 1 in the
 * publication history; visitors and learners are kept out of the authors' pages; the pages meet WCAG 2.1 AA.
 * (The public catalogue page is built elsewhere; finding the course there is not checked here.)
 */
class AuthoringJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";
    private static final String QUESTION = "Wie bereidt een gastles voor?";
    private static final List<String> OPTIONS = List.of("De leraar en de gastdocent samen", "Alleen de gastdocent");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh account that the administrator makes an author through the REST API; returns its e-mail address. */
    private String newAuthor() {
        String email = "auteur-" + unique() + "@ptvt.test";
        ApiClient.at(deployment).registerWithRoles("Pieter Bakker", email, PASSWORD, "AUTHOR");
        return email;
    }

    @Test
    void anAuthorWritesACourseWithAModuleATextLessonAndAQuizPreviewsAndPublishesIt() {
        String title = "Een goede gastles geven " + unique();
        new LoginPage(browser, base).open().logIn(newAuthor(), PASSWORD);

        AuthorCoursesPage courses = new AuthorCoursesPage(browser, base).openFromHeader();
        assertEquals("Mijn cursussen", courses.heading());
        assertTrue(courses.emptyMessage().contains("U hebt nog geen cursussen"), courses.emptyMessage());

        CourseEditorPage editor = courses.newCourse().create(title, "E-learning voor medewerkers van bedrijven die een gastles geven.",
                "In deze e-learning bereidt u samen met de leraar een gastles voor.", "E_LEARNING");
        assertTrue(editor.text().contains("De cursus " + title + " is aangemaakt als concept"), editor.text());
        assertTrue(editor.versionLine().contains("Versie 1"), editor.versionLine());
        assertTrue(editor.versionLine().contains("Concept"), editor.versionLine());

        editor.addModule("Voorbereiden")
                .addTextLesson("Wat maakt een gastles goed?", "Een goede gastles sluit aan bij wat de klas al weet.");
        String refusal = editor.addQuizRefused("Toets: voorbereiden", QUESTION, OPTIONS, -1);
        assertTrue(refusal.contains("precies één goed"), "the service's quiz rule, in Dutch: " + refusal);
        editor.markCorrectAndAdd(0, "Toets: voorbereiden");
        assertTrue(editor.outline().contains("Wat maakt een gastles goed?"), editor.outline());

        CoursePreviewPage preview = editor.preview();
        assertEquals(title, preview.heading());
        String lessons = String.join(" | ", preview.lessonTitles());
        assertTrue(lessons.contains("Wat maakt een gastles goed?") && lessons.contains("Toets: voorbereiden"), lessons);
        assertTrue(preview.text().contains("Een goede gastles sluit aan bij wat de klas al weet."), "the text lesson's body is shown");
        assertEquals(List.of(QUESTION), preview.questions());
        assertEquals(OPTIONS, preview.options(), "the options, none of them can be chosen in a preview");

        editor = preview.backToEditor();
        String published = editor.publish();
        assertTrue(published.contains("Versie 1 is gepubliceerd"), published);
        List<String> history = editor.history();
        assertEquals(1, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("1 Gepubliceerd"), history.toString());
        assertTrue(editor.versionLine().contains("Gepubliceerd"), editor.versionLine());
        assertTrue(editor.canArchive());
        long courseId = editor.courseId();

        assertTrue(courses.open().row(title).contains("Gepubliceerd"), courses.row(title));

        browser.manage().deleteAllCookies();
        CataloguePage catalogue = new CataloguePage(browser, base).open().search(title.toLowerCase().replace("een goede ", ""));
        assertEquals(List.of(title), catalogue.resultTitles(), "an anonymous visitor finds the published course");
        String coursePage = catalogue.openCourse(title);
        assertTrue(coursePage.contains("Voorbereiden") && coursePage.contains("Wat maakt een gastles goed?")
                && coursePage.contains("Toets: voorbereiden"), "the table of contents: " + coursePage);

        browser.get(base + "/auteur/voorbeeld?id=" + courseId);
        assertTrue(browser.getCurrentUrl().contains("/inloggen"), "a visitor must sign in first: " + browser.getCurrentUrl());
    }

    @Test
    void aLearnerIsRefusedTheAuthorsPages() {
        String email = "leerling-" + unique() + "@school.test";
        ApiClient.at(deployment).registerAndSignIn("Femke Visser", email, PASSWORD);
        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        assertTrue(browser.findElements(By.id("nav-authoring")).isEmpty(), "no Auteursomgeving in the header");

        AuthorCoursesPage courses = new AuthorCoursesPage(browser, base).open();
        assertEquals("U hebt geen toegang tot deze pagina", courses.heading());
        new CourseEditorPage(browser, base).open(1);
        assertEquals("U hebt geen toegang tot deze pagina", courses.heading());
    }

    @Test
    void theAuthorsPagesMeetWcag21Aa() {
        List<String> problems = new ArrayList<>();
        new LoginPage(browser, base).open().logIn(newAuthor(), PASSWORD);
        problems.addAll(Accessibility.check(browser, base + "/auteur/cursussen"));
        problems.addAll(Accessibility.check(browser, base + "/auteur/cursus-nieuw"));
        new NewCoursePage(browser, base).createRefused("", "", "WORKSHOP").waitForText("Vul een titel in");
        problems.addAll(Accessibility.check(browser, null));

        String title = "Inspiratieles W&T " + unique();
        CourseEditorPage editor = new NewCoursePage(browser, base).open().create(title, "Een workshop vol lesideeën.", "Samen ontdekken.", "WORKSHOP");
        problems.addAll(Accessibility.check(browser, null));
        editor.addModule("Ontdekken").addTextLesson("Kijken en vragen", "Wat zie je?");
        editor.addQuizRefused("Toets", QUESTION, OPTIONS, -1);
        problems.addAll(Accessibility.check(browser, null));
        editor.chooseLessonKind("VIDEO");
        problems.addAll(Accessibility.check(browser, null));
        long courseId = editor.courseId();
        problems.addAll(Accessibility.check(browser, base + "/auteur/voorbeeld?id=" + courseId));
        problems.addAll(Accessibility.check(browser, base + "/auteur/cursussen"));
        assertFalse(new AuthorCoursesPage(browser, base).row(title).isBlank());
        assertEquals(List.of(), problems);
    }
}

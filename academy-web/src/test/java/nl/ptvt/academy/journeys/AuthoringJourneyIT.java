package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ptvt.academy.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The authoring journeys in headless Chromium against the Academy on Payara Micro with MariaDB: an author writes a
 * course with a module, a text lesson and a quiz, previews it as a learner, publishes it and finds version 1 in the
 * publication history; an author uploads a file for a file lesson, reorders lessons with the keyboard and by dragging,
 * changes and removes them; visitors and learners are kept out of the authors' pages; the pages meet WCAG 2.1 AA.
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
    void anAuthorUploadsAFileReordersChangesAndRemovesLessons(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("checklist-gastles.pdf");
        Files.writeString(pdf, "%PDF-1.4\n% " + unique() + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);
        List<String> problems = new ArrayList<>();
        new LoginPage(browser, base).open().logIn(newAuthor(), PASSWORD);
        CourseEditorPage editor = new NewCoursePage(browser, base).open().create("Gastles in de bovenbouw " + unique(),
                "Een e-learning over gastlessen.", "Van afspraak tot terugblik.", "E_LEARNING");
        editor.addModule("Voorbereiden")
                .addTextLesson("Kennismaken", "Wie is de klas?")
                .addTextLesson("Afspraken maken", "Tijd, plaats en niveau.")
                .addFileLesson("Checklist voor de gastles", pdf)
                .addQuiz("Toets: voorbereiden", QUESTION, OPTIONS, 0);
        assertTrue(editor.outline().contains("checklist-gastles.pdf"), "the uploaded file is in the outline: " + editor.outline());
        assertEquals(List.of("Kennismaken", "Afspraken maken", "Checklist voor de gastles", "Toets: voorbereiden"), editor.lessonTitles(0));

        editor.moveLesson(0, 0, "down");
        assertEquals(List.of("Afspraken maken", "Kennismaken", "Checklist voor de gastles", "Toets: voorbereiden"), editor.lessonTitles(0));
        assertTrue(editor.outlineMessage().contains("Kennismaken staat nu op plaats 2"), editor.outlineMessage());
        assertEquals("outline:modules:0:lessons:1:lesson-down", editor.focusedId(), "the focus stays with the moved lesson");
        editor.moveLesson(0, 1, "up");
        assertEquals(List.of("Kennismaken", "Afspraken maken", "Checklist voor de gastles", "Toets: voorbereiden"), editor.lessonTitles(0));
        assertEquals("outline:modules:0:lessons:0:lesson-down", editor.focusedId(), "at the top only 'down' is left");

        editor.dragLesson(0, 2, 0);
        assertEquals(List.of("Checklist voor de gastles", "Kennismaken", "Afspraken maken", "Toets: voorbereiden"), editor.lessonTitles(0));
        assertTrue(editor.outlineMessage().contains("De nieuwe volgorde is opgeslagen"), editor.outlineMessage());

        editor.editLesson(0, 3);
        assertEquals("Toets: voorbereiden", editor.formValue("lesson:title"), "the form is filled with the quiz");
        assertEquals(QUESTION, editor.formValue("lesson:questions:0:text"));
        assertEquals(OPTIONS.get(1), editor.formValue("lesson:questions:0:options:1:text"));
        assertTrue(editor.formChecked("lesson:questions:0:options:0:correct"), "the correct answer is ticked");
        assertFalse(editor.formChecked("lesson:questions:0:options:1:correct"));
        problems.addAll(Accessibility.check(browser, null));
        editor.cancelLessonEdit();

        editor.editLesson(0, 2).saveLessonAs("Afspraken maken met de school");
        assertEquals(List.of("Checklist voor de gastles", "Kennismaken", "Afspraken maken met de school", "Toets: voorbereiden"),
                editor.lessonTitles(0));
        editor.renameModule(0, "Samen voorbereiden");
        assertTrue(editor.outline().contains("Module 1: Samen voorbereiden"), editor.outline());
        editor.addModule("Terugkijken").moveModule(1, "up");
        assertEquals(List.of("Module 1: Terugkijken", "Module 2: Samen voorbereiden"), editor.moduleHeadings());
        assertEquals("outline:modules:0:module-down", editor.focusedId());
        editor.moveModule(0, "down");

        editor.askToRemoveLesson(0, 1);
        problems.addAll(Accessibility.check(browser, null));
        editor.answerNo();
        assertEquals(4, editor.lessonTitles(0).size(), "'Nee' keeps the lesson");
        String question = editor.removeLesson(0, 1);
        assertTrue(question.contains("Kennismaken"), "the confirmation names the lesson: " + question);
        assertEquals(List.of("Checklist voor de gastles", "Afspraken maken met de school", "Toets: voorbereiden"), editor.lessonTitles(0));
        assertTrue(editor.outlineMessage().contains("Kennismaken is verwijderd"), editor.outlineMessage());
        problems.addAll(Accessibility.check(browser, null));

        CourseEditorPage reopened = new CourseEditorPage(browser, base).open(editor.courseId());
        assertEquals(List.of("Checklist voor de gastles", "Afspraken maken met de school", "Toets: voorbereiden"), reopened.lessonTitles(0),
                "the order, title and removal were saved");
        assertEquals(List.of(), problems);
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

package nl.ptvt.academy.authoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ptvt.academy.authoring.AuthoredLesson;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.files.UploadedFileView;
import org.junit.jupiter.api.Test;

/** The lesson form filled from an existing lesson sends that same lesson back, and moving up or down keeps every id. */
class LessonFormTest {

    private static AuthoredLesson quiz() {
        return new AuthoredLesson(31, 7, 2, "Toets", LessonKind.QUIZ, false, null, null, 60, 3,
                List.of(new AuthoredLesson.Question(1, "Wie bereidt de gastles voor?", QuestionKind.MULTIPLE, List.of(
                        new AuthoredLesson.Option(11, "De leraar", true, "Ja, samen met u"),
                        new AuthoredLesson.Option(12, "De gastdocent", true, null),
                        new AuthoredLesson.Option(13, "De conciërge", false, "Nee")))),
                null, null, null, null);
    }

    @Test
    void aQuizFillsTheFormWithItsQuestionsCorrectAnswersAndFeedback() {
        LessonForm form = LessonForm.of(quiz(), null);

        assertTrue(form.isEditing());
        assertEquals(7L, form.getModuleId());
        assertEquals(new NewLesson("Toets", LessonKind.QUIZ, false, null, null, 60, 3, List.of(new NewLesson.Question(
                "Wie bereidt de gastles voor?", QuestionKind.MULTIPLE, List.of(new NewLesson.Option("De leraar", true, "Ja, samen met u"),
                        new NewLesson.Option("De gastdocent", true, null), new NewLesson.Option("De conciërge", false, "Nee")))),
                null), form.toCommand());
        assertFalse(form.isMovedToOtherModule());
        form.setModuleId(8L);
        assertTrue(form.isMovedToOtherModule(), "another module chosen in the form moves the lesson");
    }

    @Test
    void aFileLessonKeepsItsFileAndATextLessonItsBody() {
        UploadedFileView file = new UploadedFileView(5, "checklist.pdf", "application/pdf", 1234);
        LessonForm fileForm = LessonForm.of(new AuthoredLesson(40, 7, 0, "Checklist", LessonKind.FILE, true, null, null, null, null,
                List.of(), 5L, "checklist.pdf", 1234L, "/api/v1/files/5"), file);
        assertEquals(5L, fileForm.toCommand().fileId());
        assertEquals(file, fileForm.getFile());

        LessonForm textForm = LessonForm.of(new AuthoredLesson(41, 7, 1, "Lezen", LessonKind.TEXT, true, "<p>Tekst</p>", null, null, null,
                List.of(), null, null, null, null), null);
        assertEquals("<p>Tekst</p>", textForm.toCommand().body());
        assertEquals(1, textForm.getQuestions().size(), "an empty question waits in case the author makes it a quiz");
    }

    @Test
    void theKeyboardMovesOneItemOnePlaceAndNeverOffTheList() {
        assertEquals(List.of(2L, 1L, 3L), OutlineOrder.moving(List.of(1L, 2L, 3L), 0, 1));
        assertEquals(List.of(1L, 3L, 2L), OutlineOrder.moving(List.of(1L, 2L, 3L), 2, -1));
        assertEquals(List.of(1L, 2L, 3L), OutlineOrder.moving(List.of(1L, 2L, 3L), 0, -1), "the first cannot go up");
        assertEquals(List.of(1L, 2L, 3L), OutlineOrder.moving(List.of(1L, 2L, 3L), 2, 1), "the last cannot go down");
    }
}

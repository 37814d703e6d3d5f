package nl.ptvt.academy.catalogue.domain;

import static nl.ptvt.academy.catalogue.domain.CourseFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class LessonRulesTest {

    private static String refusal(Runnable build) {
        return assertThrows(BusinessRuleException.class, build::run).code();
    }

    private static LessonSpec.OptionSpec option(String text, boolean correct) {
        return new LessonSpec.OptionSpec(text, correct, null);
    }

    @Test
    void eachKindNeedsItsContent() {
        assertEquals("lesson.text-without-body", refusal(() -> new LessonSpec("T", LessonKind.TEXT, true, " ", null, null, null, null)));
        assertEquals("quiz.no-questions", refusal(() -> new LessonSpec("Q", LessonKind.QUIZ, true, null, null, 80, null, List.of())));
        assertEquals("lesson.file-required", refusal(() -> new LessonSpec("F", LessonKind.FILE, true, null, null, null, null, null)));
        assertEquals("lesson.file-settings", refusal(() -> new LessonSpec("T", LessonKind.TEXT, true, "<p>x</p>", null, null, null, null, 7L)));
        assertEquals("lesson.quiz-settings", refusal(() -> new LessonSpec("T", LessonKind.TEXT, true, "<p>x</p>", null, 80, null, null)));
    }

    @Test
    void aFileLessonKeepsItsFileAndANewDraftCopiesIt() {
        Course course = CourseFixtures.courseWithOneLesson("Gastles voorbereiden");
        course.editableDraft(CourseFixtures.NOW).addModule("Toolbox")
                .addLesson(new LessonSpec("Checklist", LessonKind.FILE, false, null, null, null, null, null, 42L));
        course.publish(CourseFixtures.AUTHOR, CourseFixtures.NOW);

        Lesson copied = course.editableDraft(CourseFixtures.NOW).modules().get(1).lessons().get(0);
        assertEquals(42L, copied.fileId(), "the next version's draft offers the same file");
        assertEquals(LessonKind.FILE, copied.kind());
    }

    @Test
    void aQuizWithoutPassMarkGetsSeventyPercent() {
        LessonSpec quiz = new LessonSpec("Afsluitende toets", LessonKind.QUIZ, true, null, null, null, 2, List.of(single("Vraag", "Ja", "Nee")));
        assertEquals(70, quiz.passMark());
        assertEquals(2, quiz.maxAttempts());
    }

    @Test
    void questionKindsDecideHowManyOptionsAreCorrect() {
        assertEquals("quiz.single-choice", refusal(() -> new LessonSpec.QuestionSpec("?", QuestionKind.SINGLE,
                List.of(option("a", true), option("b", true)))));
        assertEquals("quiz.single-choice", refusal(() -> new LessonSpec.QuestionSpec("?", QuestionKind.SINGLE, List.of(option("a", true)))));
        assertEquals("quiz.multiple-choice", refusal(() -> new LessonSpec.QuestionSpec("?", QuestionKind.MULTIPLE,
                List.of(option("a", false), option("b", false)))));
        assertEquals("quiz.true-false", refusal(() -> new LessonSpec.QuestionSpec("?", QuestionKind.TRUE_FALSE,
                List.of(option("waar", true), option("niet waar", true)))));
        assertEquals("quiz.duplicate-options", refusal(() -> new LessonSpec.QuestionSpec("?", QuestionKind.MULTIPLE,
                List.of(option("Ja", true), option(" ja ", false)))));
        new LessonSpec.QuestionSpec("?", QuestionKind.MULTIPLE, List.of(option("a", true), option("b", true), option("c", false)));
    }
}

package nl.ptvt.academy.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grading rules of a quiz: exact sets of correct options, score rounded down, pass from the pass mark on. */
class QuizGradingTest {

    private Lesson quiz;
    private long q1;
    private long q1Right;
    private long q1Wrong;
    private long q2;
    private long q2RightA;
    private long q2RightB;
    private long q2Wrong;
    private long q3;
    private long q3True;

    @BeforeEach
    void quizOfThreeQuestions() throws Exception {
        Course course = Course.create("quiz", 1L, CourseFixtures.content("Gastles"), CourseFixtures.NOW);
        quiz = course.editableDraft(CourseFixtures.NOW).addModule("Toets").addLesson(new LessonSpec("Afsluitende toets",
                LessonKind.QUIZ, true, null, null, 66, null, List.of(
                CourseFixtures.single("Hoe lang duurt een gastles?", "Een lesuur", "Een dag"),
                new LessonSpec.QuestionSpec("Wat neemt u mee?", QuestionKind.MULTIPLE, List.of(
                        new LessonSpec.OptionSpec("Een product uit uw werk", true, "Tastbaar werkt goed"),
                        new LessonSpec.OptionSpec("Een verhaal over uw loopbaan", true, null),
                        new LessonSpec.OptionSpec("Een PowerPoint van 80 dia's", false, "Te veel"))),
                new LessonSpec.QuestionSpec("Leerlingen mogen vragen stellen.", QuestionKind.TRUE_FALSE, List.of(
                        new LessonSpec.OptionSpec("Waar", true, null), new LessonSpec.OptionSpec("Niet waar", false, null))))));
        long id = 1;
        for (QuizQuestion question : quiz.questions()) {
            setId(question, id++);
            for (QuizOption option : question.options()) {
                setId(option, id++);
            }
        }
        q1 = quiz.questions().get(0).id();
        q1Right = quiz.questions().get(0).options().get(0).id();
        q1Wrong = quiz.questions().get(0).options().get(1).id();
        q2 = quiz.questions().get(1).id();
        q2RightA = quiz.questions().get(1).options().get(0).id();
        q2RightB = quiz.questions().get(1).options().get(1).id();
        q2Wrong = quiz.questions().get(1).options().get(2).id();
        q3 = quiz.questions().get(2).id();
        q3True = quiz.questions().get(2).options().get(0).id();
    }

    @Test
    void allRightIsAHundredPercentAndPassed() {
        QuizResult result = quiz.grade(Map.of(q1, Set.of(q1Right), q2, Set.of(q2RightA, q2RightB), q3, Set.of(q3True)));
        assertEquals(100, result.score());
        assertTrue(result.passed());
    }

    @Test
    void aMultipleChoiceQuestionCountsOnlyWithExactlyTheCorrectOptions() {
        assertFalse(quiz.grade(Map.of(q2, Set.of(q2RightA))).questions().get(1).correct(), "half is not right");
        assertFalse(quiz.grade(Map.of(q2, Set.of(q2RightA, q2RightB, q2Wrong))).questions().get(1).correct(), "everything is not right");
        assertTrue(quiz.grade(Map.of(q2, Set.of(q2RightB, q2RightA))).questions().get(1).correct());
    }

    @Test
    void theScoreIsRoundedDownAndThePassMarkIsInclusive() {
        QuizResult twoOfThree = quiz.grade(Map.of(q1, Set.of(q1Right), q3, Set.of(q3True)));
        assertEquals(66, twoOfThree.score(), "2/3 = 66.7% rounds down");
        assertTrue(twoOfThree.passed(), "a score equal to the pass mark passes");
        QuizResult oneOfThree = quiz.grade(Map.of(q1, Set.of(q1Wrong), q3, Set.of(q3True)));
        assertEquals(33, oneOfThree.score());
        assertFalse(oneOfThree.passed());
    }

    @Test
    void unansweredQuestionsAreWrongAndFeedbackIsGivenForWhatWasChosen() {
        QuizResult result = quiz.grade(Map.of(q1, Set.of(q1Wrong)));
        assertEquals(0, result.score());
        assertEquals(List.of("Nee, kijk nog eens"), result.questions().get(0).chosen().stream().map(QuizResult.OptionFeedback::feedback).toList());
        assertTrue(result.questions().get(1).chosen().isEmpty());
    }

    private static void setId(Object entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}

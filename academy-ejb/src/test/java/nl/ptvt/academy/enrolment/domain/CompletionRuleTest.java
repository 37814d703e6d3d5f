package nl.ptvt.academy.enrolment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.QuizResult;
import nl.ptvt.academy.enrolment.LessonState;
import org.junit.jupiter.api.Test;

/** The completion rule: required lessons done, a quiz only when passed, optional lessons never count. */
class CompletionRuleTest {

    private static final Instant AT = LearningFixtures.NOW;
    private static final long ENROLMENT = 5L;

    private final Course course = LearningFixtures.eLearning(EnrolmentApproval.NONE);
    private final long pageA = LearningFixtures.lesson(course, 0, 0).id();
    private final long pageB = LearningFixtures.lesson(course, 0, 1).id();
    private final long optionalPage = LearningFixtures.lesson(course, 0, 2).id();
    private final long quiz = LearningFixtures.lesson(course, 1, 0).id();
    private final CompletionRule rule = CompletionRule.of(LearningFixtures.version(course));

    private final List<LessonCompletion> done = new ArrayList<>();
    private final List<QuizAttempt> attempts = new ArrayList<>();

    private LessonRecords records() {
        return LessonRecords.of(done, attempts);
    }

    private void markDone(long lessonId) {
        done.add(new LessonCompletion(ENROLMENT, lessonId, AT));
    }

    private void attempt(boolean passed, int score) {
        attempts.add(new QuizAttempt(ENROLMENT, quiz, attempts.size() + 1, AnswerSheet.fromJson("{}"),
                new QuizResult(score, passed, List.of()), AT));
    }

    @Test
    void countsTheRequiredLessonsOnly() {
        assertEquals(3, rule.lessonsRequired());
        assertTrue(rule.counts(pageA));
        assertTrue(rule.counts(quiz));
        assertFalse(rule.counts(optionalPage));

        markDone(optionalPage);
        assertEquals(new LessonCount(0, 3), rule.measure(records()), "an optional lesson adds nothing");
    }

    @Test
    void allRequiredPagesDoneButTheQuizNotPassedIsNotComplete() {
        markDone(pageA);
        markDone(pageB);
        LessonCount count = rule.measure(records());
        assertEquals(new LessonCount(2, 3), count);
        assertEquals(66, count.percent(), "rounded down");
        assertFalse(count.isComplete());
    }

    @Test
    void aFailedQuizIsNotDoneAPassedOneIs() {
        markDone(pageA);
        markDone(pageB);
        attempt(false, 0);
        assertEquals(LessonState.FAILED, records().state(LessonRequirement.of(LearningFixtures.lesson(course, 1, 0))));
        assertFalse(rule.measure(records()).isComplete());

        attempt(true, 100);
        assertEquals(LessonState.PASSED, records().state(LessonRequirement.of(LearningFixtures.lesson(course, 1, 0))));
        LessonCount count = rule.measure(records());
        assertTrue(count.isComplete());
        assertEquals(100, count.percent());
    }

    @Test
    void aPassStaysAPassAfterAFailedRetry() {
        attempt(true, 100);
        attempt(false, 0);
        LessonRecords records = records();
        assertTrue(records.isDone(LessonRequirement.of(LearningFixtures.lesson(course, 1, 0))));
        assertEquals(100, records.bestScore(quiz).orElseThrow());
        assertEquals(2, records.attemptsUsed(quiz));
    }

    @Test
    void perModuleTheSameLessonsCount() {
        markDone(pageA);
        long preparing = LearningFixtures.version(course).modules().get(0).id();
        long closing = LearningFixtures.version(course).modules().get(1).id();
        assertEquals(new LessonCount(1, 2), rule.measureModule(preparing, records()));
        assertEquals(new LessonCount(0, 1), rule.measureModule(closing, records()));
    }

    @Test
    void whenNothingIsRequiredEveryLessonCounts() {
        CompletionRule allOptional = CompletionRule.of(List.of(new LessonRequirement(1, 10, false, false),
                new LessonRequirement(2, 10, true, false)));
        assertEquals(2, allOptional.lessonsRequired(), "nobody completes a course by doing nothing");
        assertFalse(allOptional.measure(LessonRecords.none()).isComplete());
    }

    @Test
    void aVersionWithoutLessonsIsNeverComplete() {
        LessonCount nothing = CompletionRule.of(List.of()).measure(LessonRecords.none());
        assertFalse(nothing.isComplete());
        assertEquals(0, nothing.percent());
    }
}

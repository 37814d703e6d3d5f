package nl.ptvt.academy.enrolment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Working through the lessons of one's own enrolment (ACTIVE, or COMPLETED to look back). Every change is made
 * under a lock on the enrolment, so two tabs or devices never lose one another's progress, the course is completed
 * exactly once (firing {@link CourseCompleted}), and an attempt limit holds against parallel submits.
 */
public interface LessonProgress {

    /** A lesson's content for the player; it becomes the resume point and counts as activity. */
    PlayerLesson openLesson(long enrolmentId, long lessonId);

    /**
     * Marks a page, video or file lesson as done; again is harmless (the first moment is kept).
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException for a quiz (it counts when an attempt passes)
     */
    EnrolmentView completeLesson(long enrolmentId, long lessonId);

    /**
     * Grades and stores a quiz attempt.
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException when no attempts are left, or an answer names a question
     *                                                      or option that is not in the quiz
     */
    AttemptResult submitAttempt(long enrolmentId, long lessonId, @NotNull @Valid QuizAnswers answers);

    /** An earlier attempt with its result and feedback (the caller's own). */
    AttemptResult attempt(long enrolmentId, long lessonId, int attemptNumber);
}

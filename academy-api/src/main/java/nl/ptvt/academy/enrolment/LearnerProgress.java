package nl.ptvt.academy.enrolment;

import java.time.Instant;
import java.util.List;

/**
 * One learner's enrolment in a report row: who (name, e-mail address, organisation), which course and version,
 * the state and the stored progress, the activity and the quiz results (best score per quiz of the version).
 */
public record LearnerProgress(long enrolmentId, long courseId, String courseTitle, int courseVersion, long accountId,
                              String name, String email, Long organisationId, String organisationName,
                              EnrolmentStatus status, Progress progress, Instant requestedAt, Instant activatedAt,
                              Instant firstActivityAt, Instant lastActivityAt, List<QuizScore> quizzes) {

    public LearnerProgress {
        quizzes = List.copyOf(quizzes);
    }

    /** A quiz the learner attempted: the best score, whether an attempt passed, and how many attempts. */
    public record QuizScore(long lessonId, String title, int bestScore, boolean passed, int attempts) {
    }
}

package nl.ptvt.academy.enrolment;

import java.time.Instant;

/**
 * A CDI event: a learner completed a course (fired once per enrolment, in the transaction that completed it).
 * Observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it is committed,
 * e.g. to issue a certificate.
 */
public record CourseCompleted(long enrolmentId, long courseId, long courseVersionId, long accountId, Instant completedAt) {
}

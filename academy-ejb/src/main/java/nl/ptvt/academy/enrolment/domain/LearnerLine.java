package nl.ptvt.academy.enrolment.domain;

import java.time.Instant;
import nl.ptvt.academy.enrolment.EnrolmentStatus;

/** One row of a report: an enrolment's stored progress with the learner's name, address and organisation. */
public record LearnerLine(long enrolmentId, long courseId, long courseVersionId, long accountId, String name,
                          String email, Long organisationId, EnrolmentStatus status, LessonCount lessons,
                          Instant requestedAt, Instant activatedAt, Instant firstActivityAt, Instant lastActivityAt,
                          Instant completedAt) {
}

package nl.ptvt.academy.enrolment;

import java.time.Instant;

/**
 * How far a learner is in the version they are enrolled on: required lessons done (a quiz counts when passed) out
 * of the required lessons, as a percentage rounded down, and when the course was completed ({@code null} until then).
 */
public record Progress(int percent, int lessonsDone, int lessonsRequired, Instant completedAt) {
}

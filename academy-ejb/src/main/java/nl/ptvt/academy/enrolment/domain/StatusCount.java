package nl.ptvt.academy.enrolment.domain;

import nl.ptvt.academy.enrolment.EnrolmentStatus;

/** How many enrolments of a course are in one state, with their summed percentages. */
public record StatusCount(long courseId, EnrolmentStatus status, long count, long percentSum) {
}

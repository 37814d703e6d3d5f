package nl.ptvt.academy.enrolment;

/**
 * A coordinator's overview: for one course, how many people of the organisation are in each state, and their
 * average progress (over the active and completed enrolments; 0 when there are none).
 */
public record CourseProgressCount(long courseId, String courseTitle, long pending, long active, long completed,
                                  long withdrawn, int averagePercent) {
}

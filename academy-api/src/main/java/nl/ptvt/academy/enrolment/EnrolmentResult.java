package nl.ptvt.academy.enrolment;

/**
 * The answer to "enrol me": the enrolment, and whether this request created it ({@code false} when it existed,
 * e.g. a double click, a parallel request, or a re-enrolment after a withdrawal).
 */
public record EnrolmentResult(boolean created, EnrolmentView enrolment) {
}

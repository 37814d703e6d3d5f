package nl.ptvt.academy.catalogue;

/**
 * Who approves a learner's own enrolment in a course: nobody ({@link #NONE}: the learner starts at once), an
 * administrator ({@link #ADMIN}), or an administrator or a coordinator of the learner's own organisation
 * ({@link #COORDINATOR}). Enrolments made by a coordinator need no approval.
 */
public enum EnrolmentApproval {
    NONE,
    ADMIN,
    COORDINATOR
}

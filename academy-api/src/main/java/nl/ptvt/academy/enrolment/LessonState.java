package nl.ptvt.academy.enrolment;

/**
 * A lesson as far as one learner is concerned: a page, video or file is {@link #NOT_STARTED} or {@link #DONE}; a
 * quiz is NOT_STARTED (no attempt), {@link #FAILED} (attempts, none passed) or {@link #PASSED} (one attempt passed,
 * which stays so).
 */
public enum LessonState {
    NOT_STARTED,
    DONE,
    PASSED,
    FAILED
}

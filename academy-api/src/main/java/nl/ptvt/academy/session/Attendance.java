package nl.ptvt.academy.session;

/** Whether a person with a confirmed seat came to the session, as a trainer or administrator recorded it. */
public enum Attendance {
    ATTENDED, NO_SHOW
}

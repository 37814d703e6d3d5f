package nl.ptvt.academy.job;

/** What a background job does; the subject is a session or a course, by kind. */
public enum JobKind {
    /** Issues the certificates a session's attendees earned; subject: the session. */
    CERTIFICATES_ISSUE,
    /** Writes valid certificates (PDF and Open Badges credential) into one ZIP; subject: a course or a session. */
    CERTIFICATES_EXPORT
}

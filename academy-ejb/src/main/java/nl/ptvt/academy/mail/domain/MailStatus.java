package nl.ptvt.academy.mail.domain;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    SENT,
    /** Given up: the last attempt failed or the mail cannot be sent at all; {@code last_error} says why. */
    FAILED
}

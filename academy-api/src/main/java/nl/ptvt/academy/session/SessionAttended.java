package nl.ptvt.academy.session;

import java.time.Instant;

/**
 * A CDI event: a person was recorded as having attended a session. Fired once per person and session (a correction
 * back to ATTENDED does not fire it again) and delivered to {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * observers only once the record is committed; certificates will listen to it. {@code attendedAt} is when the
 * session took place (its start), not when the trainer filled in the list.
 */
public record SessionAttended(long sessionId, long courseId, long accountId, long bookingId, Instant attendedAt) {
}

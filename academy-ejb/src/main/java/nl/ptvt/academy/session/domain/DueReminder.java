package nl.ptvt.academy.session.domain;

import java.time.Instant;

/** A confirmed booking of a scheduled session that starts soon: its participant is reminded of it. */
public record DueReminder(long bookingId, long sessionId, Instant startsAt, Addressee participant) {

    /** Once per booking and start: a session moved to another time reminds again. */
    public String dedupKey() {
        return "session-reminder:" + bookingId + ":" + startsAt.getEpochSecond();
    }
}

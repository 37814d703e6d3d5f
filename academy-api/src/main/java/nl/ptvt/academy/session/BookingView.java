package nl.ptvt.academy.session;

import java.time.Instant;

/** One booking with the session it is for ("my bookings"). */
public record BookingView(long id, long sessionId, long courseId, long accountId, BookingStatus status,
                          Integer waitlistPosition, Instant sessionStartsAt, Instant sessionEndsAt, Instant createdAt,
                          Instant cancelledAt) {
}

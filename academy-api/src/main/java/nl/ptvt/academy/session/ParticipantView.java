package nl.ptvt.academy.session;

/**
 * A person booked on a session, as its trainers see them: {@code organisation} is the organisation's name (or null),
 * {@code waitlistPosition} only while waiting, {@code attendance} null until it is recorded.
 */
public record ParticipantView(long bookingId, long accountId, String name, String email, String organisation,
                              BookingStatus status, Integer waitlistPosition, Attendance attendance) {
}

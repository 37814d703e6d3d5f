package nl.ptvt.academy.session;

/** A colleague's active booking for a session, as their coordinator sees it (with name and address). */
public record OrganisationBooking(long id, long accountId, String name, String email, BookingStatus status,
                                  Integer waitlistPosition) {
}

package nl.ptvt.academy.session;

/**
 * The outcome of booking one participant: a booking (id, status, and the place on the waiting list when waiting), or
 * {@code notBooked} with the reason and no booking. {@code created} is false when the person was already booked.
 */
public record BookingLine(Long id, String participant, BookingStatus status, Integer waitlistPosition,
                          NotBooked notBooked, boolean created) {

    /** Why an address was not booked (inviting new addresses comes later). */
    public enum NotBooked {
        NO_ACCOUNT, ACCOUNT_DEACTIVATED
    }

    public static BookingLine notBooked(String participant, NotBooked reason) {
        return new BookingLine(null, participant, null, null, reason, false);
    }
}

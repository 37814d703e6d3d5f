package nl.ptvt.academy.session;

/**
 * The outcome of booking one participant: a booking (id, status, and the place on the waiting list when waiting), or
 * {@code notBooked} with the reason and no booking. {@code created} is false when the person was already booked;
 * {@code invited} is true when the address had no account in use and was sent an invitation to activate one (the
 * booking waits on that account).
 */
public record BookingLine(Long id, String participant, BookingStatus status, Integer waitlistPosition,
                          NotBooked notBooked, boolean created, boolean invited) {

    /** Why an address was not booked. */
    public enum NotBooked {
        /** Kept for clients of the first version: addresses without an account are now invited and booked. */
        NO_ACCOUNT,
        ACCOUNT_DEACTIVATED
    }

    /** A booking of an account in use (not invited now). */
    public BookingLine(Long id, String participant, BookingStatus status, Integer waitlistPosition, NotBooked notBooked,
                       boolean created) {
        this(id, participant, status, waitlistPosition, notBooked, created, false);
    }

    public static BookingLine notBooked(String participant, NotBooked reason) {
        return new BookingLine(null, participant, null, null, reason, false, false);
    }
}

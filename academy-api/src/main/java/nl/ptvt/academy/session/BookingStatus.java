package nl.ptvt.academy.session;

/** A booking has a seat (CONFIRMED), waits for one (WAITLISTED), or was cancelled. */
public enum BookingStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}

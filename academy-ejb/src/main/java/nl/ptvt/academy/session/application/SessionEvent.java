package nl.ptvt.academy.session.application;

import java.util.List;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.TrainingSession;

/**
 * What happened to a session or a booking, fired synchronously by {@link SessionService} inside its transaction after
 * the change, so an observer (such as {@link SessionMails}) works in the same transaction and rolls back with it.
 * Observe one record type, or this interface for all.
 */
public sealed interface SessionEvent {

    TrainingSession session();

    /** A new (or renewed) booking: a seat, or a place on the waiting list. */
    static SessionEvent booked(TrainingSession session, Booking booking) {
        return booking.status() == BookingStatus.CONFIRMED ? new BookingConfirmed(session, booking)
                : new BookingWaitlisted(session, booking);
    }

    record BookingConfirmed(TrainingSession session, Booking booking) implements SessionEvent {
    }

    record BookingWaitlisted(TrainingSession session, Booking booking) implements SessionEvent {
    }

    /** A freed seat went to this booking, which was waiting. */
    record BookingPromoted(TrainingSession session, Booking booking) implements SessionEvent {
    }

    /** {@code hadSeat}: it was confirmed (not waiting), so its calendar event must go. */
    record BookingCancelled(TrainingSession session, Booking booking, boolean hadSeat) implements SessionEvent {
    }

    /** The session was cancelled; {@code active} are the bookings that were confirmed or waiting. */
    record SessionCancelled(TrainingSession session, List<Booking> active) implements SessionEvent {

        public SessionCancelled {
            active = List.copyOf(active);
        }
    }

    /**
     * The session's time or place changed ({@code active}: the confirmed and waiting bookings, after any promotion).
     * Fired only when the participants' calendars need the new time or place.
     */
    record SessionChanged(TrainingSession session, List<Booking> active) implements SessionEvent {

        public SessionChanged {
            active = List.copyOf(active);
        }
    }
}

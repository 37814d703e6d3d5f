package nl.ptvt.academy.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Scheduling sessions and booking seats on them. */
public interface Sessions {

    /** An author of the course or an administrator schedules a session of a webinar, workshop or training. */
    SessionView schedule(long courseId, @NotNull @Valid ScheduleSession session);

    /** Scheduled sessions, soonest first; public. */
    Page<SessionView> list(@NotNull SessionFilter filter, @NotNull @Valid PageRequest page);

    /** The online link is only shown to confirmed participants, the session's trainers and administrators. */
    SessionView find(long sessionId);

    /** Several sessions at once, as {@link #find(long)} shows each; unknown ids are left out. */
    List<SessionView> findAll(@NotNull Collection<Long> sessionIds);

    /** An author of the course or an administrator cancels the session; it takes no more bookings. */
    SessionView cancel(long sessionId, @NotNull @Valid CancelSession cancellation);

    /** The caller books a seat, or a place on the waiting list; booking again returns the existing booking. */
    BookingLine bookMe(long sessionId);

    /** A coordinator books people of their own organisation (an administrator anyone), in the order given. */
    List<BookingLine> bookPeople(long sessionId, @NotNull @Valid GroupBooking people);

    /**
     * The active bookings for the session of people of the coordinator's organisation (an administrator's: everyone's),
     * seats first in the order booked, then the waiting list in its order.
     */
    List<OrganisationBooking> organisationBookings(long sessionId);

    /** Cancels a booking; a freed seat goes to the first person waiting. */
    BookingView cancelBooking(long bookingId);

    Page<BookingView> myBookings(@NotNull @Valid PageRequest page);

    /**
     * An author of the course or an administrator changes a session that is scheduled and has not started. The
     * capacity never goes below the seats taken; seats added go to the people waiting first. A new time or place is
     * mailed to everyone booked, with an updated calendar event.
     */
    SessionView change(long sessionId, @NotNull @Valid ScheduleSession session);

    /**
     * The session as an iCalendar file (RFC 5545, UTF-8) for someone with an active booking, a trainer of the session or
     * an administrator.
     */
    byte[] calendar(long sessionId);
}

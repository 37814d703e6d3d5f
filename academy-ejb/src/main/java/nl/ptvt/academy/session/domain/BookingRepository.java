package nl.ptvt.academy.session.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Where bookings are kept. The look-ups a booking or cancellation makes after locking its session read the latest
 * committed rows (locking reads), whatever the transaction read before the lock.
 */
public interface BookingRepository {

    Optional<Booking> findByIdForUpdate(long id);

    /** The session a booking is for, without loading the booking (to lock the session first). */
    Optional<Long> sessionOf(long bookingId);

    Optional<Booking> find(long sessionId, long accountId);

    Optional<Booking> findForUpdate(long sessionId, long accountId);

    /** The waiting booking with the lowest number. */
    Optional<Booking> firstWaitingForUpdate(long sessionId);

    /**
     * The active bookings (seats and waiting list) of people of the organisation for the session, including those
     * this transaction made.
     */
    int activeOfOrganisation(long sessionId, long organisationId);

    /**
     * The active bookings for the session of people of the organisation (null: of everyone), confirmed ones first in
     * the order booked, then the waiting ones by number.
     */
    List<Booking> activeOf(long sessionId, Long organisationId);

    /** Adds the booking and writes it at once, so a duplicate (session, person) fails here and not at commit. */
    Booking add(Booking booking);

    /** 1 for the first one waiting; counted among the bookings still waiting, so the positions have no gaps. */
    int waitlistPosition(Booking booking);

    /** Of these sessions, those the person has a confirmed booking for (one query). */
    List<Long> confirmedSessionsOf(long accountId, Collection<Long> sessionIds);

    /** The person's bookings, the latest created first. */
    Page<Booking> ofAccount(long accountId, PageRequest page);

    /** The confirmed and waiting bookings of a session, oldest first. */
    List<Booking> activeOf(long sessionId);

    /** The waiting bookings of a session in list order, locked. */
    List<Booking> waitingForUpdate(long sessionId);

    /** The address and name of each booking's participant, by account id, in one query. */
    Map<Long, Addressee> addresseesOf(Collection<Booking> bookings);

    /**
     * One page of confirmed bookings of scheduled sessions starting after {@code from} and at the latest {@code until},
     * with booking ids above {@code afterBookingId}, by booking id (page on with the last id).
     */
    List<DueReminder> confirmedStartingBetween(Instant from, Instant until, long afterBookingId, int limit);
}

package nl.ptvt.academy.session.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.session.BookingLine;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.BookingView;
import nl.ptvt.academy.session.OrganisationBooking;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.BookingRepository;
import nl.ptvt.academy.session.domain.TrainingSession;

/** Sessions and bookings to views, inside the transaction. */
@ApplicationScoped
public class SessionAssembler {

    @Inject
    BookingRepository bookings;

    /** {@code mayJoin}: whether the viewer may see the online link. */
    SessionView view(TrainingSession session, boolean mayJoin) {
        return new SessionView(session.id(), session.courseId(), session.status(), session.startsAt(), session.endsAt(),
                session.bookingDeadline(), session.capacity(), session.seatsLeft(), session.venue().orElse(null),
                session.onlineUrl().isPresent(), mayJoin ? session.onlineUrl().orElse(null) : null, session.openTo(),
                session.provinces().stream().sorted(Comparator.naturalOrder()).toList(),
                session.organisationId().orElse(null), session.cancelReason().orElse(null),
                session.seatsPerOrganisation().orElse(null), session.parts());
    }

    BookingLine line(Booking booking, String participant, boolean created, boolean invited) {
        return new BookingLine(booking.id(), participant, booking.status(), position(booking), null, created, invited);
    }

    BookingView view(Booking booking, TrainingSession session) {
        return new BookingView(booking.id(), session.id(), session.courseId(), booking.accountId(), booking.status(),
                position(booking), session.startsAt(), session.endsAt(), booking.createdAt(), booking.cancelledAt());
    }

    /** @param position the booking's place on the waiting list, null when it has a seat */
    OrganisationBooking ofOrganisation(Booking booking, Account person, Integer position) {
        return new OrganisationBooking(booking.id(), booking.accountId(), person.name(), person.email().address(),
                booking.status(), position);
    }

    /** The waiting bookings of a session by id, with their place on the list (1, 2, ...), in one query. */
    Map<Long, Integer> waitlistPositions(long sessionId) {
        List<Booking> waiting = bookings.activeOf(sessionId).stream().filter(booking -> booking.status() == BookingStatus.WAITLISTED)
                .sorted(Comparator.comparing(Booking::waitlistSequence)).toList();
        Map<Long, Integer> positions = new HashMap<>();
        for (int place = 0; place < waiting.size(); place++) {
            positions.put(waiting.get(place).id(), place + 1);
        }
        return positions;
    }

    private Integer position(Booking booking) {
        return booking.status() == BookingStatus.WAITLISTED ? bookings.waitlistPosition(booking) : null;
    }
}

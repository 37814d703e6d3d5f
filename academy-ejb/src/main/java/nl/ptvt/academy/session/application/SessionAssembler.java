package nl.ptvt.academy.session.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import nl.ptvt.academy.session.BookingLine;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.BookingView;
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
                session.organisationId().orElse(null), session.cancelReason().orElse(null), session.parts());
    }

    BookingLine line(Booking booking, String participant, boolean created) {
        return new BookingLine(booking.id(), participant, booking.status(), position(booking), null, created);
    }

    BookingView view(Booking booking, TrainingSession session) {
        return new BookingView(booking.id(), session.id(), session.courseId(), booking.accountId(), booking.status(),
                position(booking), session.startsAt(), session.endsAt(), booking.createdAt(), booking.cancelledAt());
    }

    private Integer position(Booking booking) {
        return booking.status() == BookingStatus.WAITLISTED ? bookings.waitlistPosition(booking) : null;
    }
}

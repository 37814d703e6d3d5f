package nl.ptvt.academy.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.BookingView;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /mijn-boekingen}: the signed-in person's bookings of sessions: those still to come (with the place, or the
 * online link once the seat is confirmed, and the place on the waiting list), then earlier and cancelled ones. A
 * booking to come is cancelled in two steps (ask, then confirm) until the booking deadline.
 */
@Named
@ViewScoped
public class MyBookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough for anyone's bookings on one page; older ones are on the REST API's further pages. */
    static final int SHOWN = PageRequest.MAX_SIZE;

    @Inject
    Sessions sessions;

    @Inject
    Catalogue catalogue;

    private List<MyBooking> upcoming = List.of();
    private List<MyBooking> past = List.of();
    private MyBooking cancelling;

    /** A booking as the page shows it; the course title is empty when the course is no longer visible. */
    public record MyBooking(long bookingId, String courseTitle, String courseSlug, Instant startsAt, Instant endsAt,
                            String place, String onlineUrl, boolean online, BookingStatus status, Integer waitlistPosition,
                            SessionStatus sessionStatus, boolean cancellable) implements Serializable {
    }

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        Map<Long, CourseDetail> courses = new HashMap<>();
        List<MyBooking> toCome = new ArrayList<>();
        List<MyBooking> before = new ArrayList<>();
        List<BookingView> mine = sessions.myBookings(PageRequest.of(0, SHOWN)).items();
        Map<Long, SessionView> booked = sessions.findAll(mine.stream().map(BookingView::sessionId).distinct().toList()).stream()
                .collect(Collectors.toMap(SessionView::id, session -> session));
        for (BookingView booking : mine) {
            SessionView session = booked.get(booking.sessionId());
            CourseDetail course = courses.computeIfAbsent(booking.courseId(), this::course);
            boolean active = booking.status() != BookingStatus.CANCELLED;
            boolean coming = active && session.status() == SessionStatus.SCHEDULED && session.endsAt().isAfter(now);
            MyBooking row = new MyBooking(booking.id(), course == null ? "" : course.title(), course == null ? null : course.slug(),
                    session.startsAt(), session.endsAt(),
                    session.venue() == null ? null : session.venue().name() + ", " + session.venue().address() + ", " + session.venue().city(),
                    session.onlineUrl(), session.online(), booking.status(), booking.waitlistPosition(), session.status(),
                    coming && !now.isAfter(session.bookingDeadline()));
            (coming ? toCome : before).add(row);
        }
        toCome.sort((first, second) -> first.startsAt().compareTo(second.startsAt()));
        upcoming = toCome;
        past = before;
    }

    private CourseDetail course(long courseId) {
        try {
            return catalogue.course(courseId);
        } catch (AcademyException notVisible) {
            return null;
        }
    }

    public void ask(MyBooking booking) {
        cancelling = booking;
    }

    public void keep() {
        cancelling = null;
    }

    public void cancel() {
        if (cancelling == null) {
            return;
        }
        try {
            sessions.cancelBooking(cancelling.bookingId());
        } catch (AcademyException e) {
            Messages.error(null, e);
            cancelling = null;
            return;
        }
        Messages.info(null, Texts.text("myBookings.cancelled", cancelling.courseTitle()));
        cancelling = null;
        load();
    }

    public List<MyBooking> getUpcoming() {
        return upcoming;
    }

    public List<MyBooking> getPast() {
        return past;
    }

    public boolean isWithoutBookings() {
        return upcoming.isEmpty() && past.isEmpty();
    }

    public MyBooking getCancelling() {
        return cancelling;
    }
}

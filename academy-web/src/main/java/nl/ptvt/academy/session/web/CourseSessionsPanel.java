package nl.ptvt.academy.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.CourseStatus;
import nl.ptvt.academy.session.BookingLine;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.BookingView;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.security.ReturnAddress;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * The sessions part of a course's page ({@code /cursus/{slug}}) for webinars, workshops and trainings: the upcoming
 * sessions with date, place and seats left, "Boeken" for a signed-in person (a visitor is sent to the login, which
 * comes back here), where the person stands ("Geboekt", "Je staat op de wachtlijst (plaats 2)") and "Annuleren".
 */
@Named("courseSessions")
@ViewScoped
public class CourseSessionsPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<CourseFormat> SCHEDULED = EnumSet.of(CourseFormat.WEBINAR, CourseFormat.WORKSHOP, CourseFormat.TRAINING);
    /** More than a course ever has ahead; the list shows the soonest. */
    private static final int MAX_SHOWN = PageRequest.MAX_SIZE;

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser currentUser;

    private Long courseId;
    private List<SessionView> upcoming = List.of();
    private Map<Long, BookingView> mine = Map.of();

    public boolean offered(CourseDetail course) {
        return course != null && SCHEDULED.contains(course.format()) && course.status() == CourseStatus.PUBLISHED;
    }

    /** The course's sessions that have not started, soonest first; read once per view. */
    public List<SessionView> upcoming(CourseDetail course) {
        if (courseId == null || courseId != course.id()) {
            load(course.id());
        }
        return upcoming;
    }

    private void load(long course) {
        upcoming = sessions.list(new SessionFilter(course, null, Instant.now(), null), new PageRequest(0, MAX_SHOWN)).items();
        mine = currentUser.isSignedIn() ? myActiveBookings(course) : Map.of();
        courseId = course;
    }

    /** The person's active bookings of this course's sessions, by session; their own list is short, so it is read whole. */
    private Map<Long, BookingView> myActiveBookings(long course) {
        Map<Long, BookingView> found = new HashMap<>();
        Page<BookingView> page;
        int number = 0;
        do {
            page = sessions.myBookings(new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().stream().filter(booking -> booking.courseId() == course && booking.status() != BookingStatus.CANCELLED)
                    .forEach(booking -> found.put(booking.sessionId(), booking));
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return found;
    }

    /** The person's active booking of the session, or null. */
    public BookingView mine(SessionView session) {
        return mine.get(session.id());
    }

    public boolean bookingOpen(SessionView session) {
        return !Instant.now().isAfter(session.bookingDeadline());
    }

    /** {@code terug=<the course's page>} for the login page, which comes back here. */
    public String returnParameter(CourseDetail course) {
        return ReturnAddress.asParameter("/cursus/" + course.slug()).orElseThrow();
    }

    public String book(CourseDetail course, long sessionId) {
        BookingLine line;
        try {
            line = sessions.bookMe(sessionId);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.info(null, line.status() == BookingStatus.WAITLISTED
                ? Texts.text("session.booked.waiting", line.waitlistPosition()) : Texts.text("session.booked.confirmed"));
        Messages.keepForRedirect();
        return coursePage(course);
    }

    public String cancel(CourseDetail course, long bookingId) {
        try {
            sessions.cancelBooking(bookingId);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.info(null, Texts.text("session.cancelled.done"));
        Messages.keepForRedirect();
        return coursePage(course);
    }

    private static String coursePage(CourseDetail course) {
        return "/cursus.xhtml?faces-redirect=true&slug=" + course.slug();
    }
}

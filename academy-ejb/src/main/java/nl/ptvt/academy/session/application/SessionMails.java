package nl.ptvt.academy.session.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.mail.application.MailOutbox;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import nl.ptvt.academy.mail.infrastructure.MimeMessages;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.session.domain.Addressee;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.BookingRepository;
import nl.ptvt.academy.session.domain.DueReminder;
import nl.ptvt.academy.session.domain.TrainingSession;
import nl.ptvt.academy.session.application.SessionEvent.BookingCancelled;
import nl.ptvt.academy.session.application.SessionEvent.BookingConfirmed;
import nl.ptvt.academy.session.application.SessionEvent.BookingPromoted;
import nl.ptvt.academy.session.application.SessionEvent.BookingWaitlisted;
import nl.ptvt.academy.session.application.SessionEvent.SessionCancelled;
import nl.ptvt.academy.session.application.SessionEvent.SessionChanged;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * The mails of sessions and bookings, queued in the outbox inside the transaction of the change they tell about (the
 * observers are synchronous), so a booking that rolls back mails nobody and a mail server that is down fails no
 * booking. A participant with a seat gets an iCalendar invitation (METHOD:REQUEST) with every mail that gives them
 * one or moves it; a cancellation removes it again (METHOD:CANCEL). The texts are in {@link SessionMailTexts}.
 */
@ApplicationScoped
public class SessionMails {

    private static final Logger LOG = Logger.getLogger(SessionMails.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    BookingRepository bookings;

    @Inject
    CourseRepository courses;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    void confirmed(@Observes BookingConfirmed event) {
        Addressee to = addresseeOf(event.booking());
        SessionMailTexts.Facts facts = facts(event.session(), to, true);
        queue(to, SessionMailTexts.confirmed(facts), invitation(SessionCalendar.Purpose.INVITE, event.session(), to, facts));
    }

    void waitlisted(@Observes BookingWaitlisted event) {
        Addressee to = addresseeOf(event.booking());
        queue(to, SessionMailTexts.waitlisted(facts(event.session(), to, false), bookings.waitlistPosition(event.booking())), null);
    }

    void promoted(@Observes BookingPromoted event) {
        Addressee to = addresseeOf(event.booking());
        SessionMailTexts.Facts facts = facts(event.session(), to, true);
        queue(to, SessionMailTexts.promoted(facts), invitation(SessionCalendar.Purpose.INVITE, event.session(), to, facts));
    }

    void bookingCancelled(@Observes BookingCancelled event) {
        Addressee to = addresseeOf(event.booking());
        SessionMailTexts.Facts facts = facts(event.session(), to, false);
        queue(to, SessionMailTexts.bookingCancelled(facts),
                event.hadSeat() ? invitation(SessionCalendar.Purpose.CANCEL, event.session(), to, facts) : null);
    }

    void sessionCancelled(@Observes SessionCancelled event) {
        Map<Long, Addressee> addressees = bookings.addresseesOf(event.active());
        String reason = event.session().cancelReason().orElseThrow();
        for (Booking booking : event.active()) {
            Addressee to = addressees.get(booking.accountId());
            SessionMailTexts.Facts facts = facts(event.session(), to, false);
            boolean hadSeat = booking.status() == BookingStatus.CONFIRMED;
            queue(to, SessionMailTexts.sessionCancelled(facts, reason),
                    hadSeat ? invitation(SessionCalendar.Purpose.CANCEL, event.session(), to, facts) : null);
        }
    }

    void changed(@Observes SessionChanged event) {
        Map<Long, Addressee> addressees = bookings.addresseesOf(event.active());
        for (Booking booking : event.active()) {
            Addressee to = addressees.get(booking.accountId());
            boolean seat = booking.status() == BookingStatus.CONFIRMED;
            SessionMailTexts.Facts facts = facts(event.session(), to, seat);
            queue(to, SessionMailTexts.changed(facts, seat),
                    seat ? invitation(SessionCalendar.Purpose.INVITE, event.session(), to, facts) : null);
        }
    }

    /**
     * Queues the reminders of one page of due bookings, each at most once ({@link DueReminder#dedupKey}), whatever
     * instance or run queues it too. Answers how many were new.
     */
    public int remind(List<DueReminder> due, Map<Long, TrainingSession> sessions) {
        int queued = 0;
        for (DueReminder reminder : due) {
            TrainingSession session = sessions.get(reminder.sessionId());
            SessionMailTexts.Text text = SessionMailTexts.reminder(facts(session, reminder.participant(), true));
            OutgoingMail mail;
            try {
                mail = OutgoingMail.to(reminder.participant().email(), reminder.participant().name())
                        .subject(text.subject()).text(text.body()).dedupKey(reminder.dedupKey()).build();
            } catch (IllegalArgumentException unusable) {
                // one unusable address must not hold up everyone's reminders run after run
                LOG.warning(() -> "No reminder for booking " + reminder.bookingId() + ": " + unusable.getMessage());
                continue;
            }
            if (outbox.queue(mail)) {
                queued++;
            }
        }
        return queued;
    }

    /** The file of {@code GET /sessions/{id}/calendar.ics}: the session as it is now, for the caller. */
    byte[] download(TrainingSession session, Addressee caller, boolean seat) {
        SessionMailTexts.Facts facts = facts(session, caller, seat);
        return SessionCalendar.write(SessionCalendar.Purpose.PUBLISH, event(session, caller, facts,
                session.status() == SessionStatus.CANCELLED ? SessionCalendar.Status.CANCELLED
                        : seat ? SessionCalendar.Status.CONFIRMED : SessionCalendar.Status.TENTATIVE));
    }

    private void queue(Addressee to, SessionMailTexts.Text text, OutgoingMail.Attachment calendar) {
        OutgoingMail.Builder mail = OutgoingMail.to(to.email(), to.name()).subject(text.subject()).text(text.body());
        if (calendar != null) {
            mail.attach(calendar.fileName(), calendar.contentType(), calendar.content());
        }
        outbox.queue(mail.build());
    }

    private OutgoingMail.Attachment invitation(SessionCalendar.Purpose purpose, TrainingSession session, Addressee to,
                                               SessionMailTexts.Facts facts) {
        byte[] file = SessionCalendar.write(purpose, event(session, to, facts,
                purpose == SessionCalendar.Purpose.CANCEL ? SessionCalendar.Status.CANCELLED : SessionCalendar.Status.CONFIRMED));
        return new OutgoingMail.Attachment(purpose == SessionCalendar.Purpose.CANCEL ? "annulering.ics" : "uitnodiging.ics",
                purpose.contentType(), file);
    }

    private SessionCalendar.Event event(TrainingSession session, Addressee to, SessionMailTexts.Facts facts, SessionCalendar.Status status) {
        return new SessionCalendar.Event(session.id(), session.calendarSequence(), facts.courseTitle(),
                "Meer over de cursus / more about the course: " + facts.coursePage(), session.startsAt(), session.endsAt(),
                facts.place(), facts.coursePage(), organizer(), new SessionCalendar.Person(to.email(), to.name()),
                clock.instant(), status, session.parts());
    }

    /** @param seat whether the reader has a seat, and so may see the online link */
    private SessionMailTexts.Facts facts(TrainingSession session, Addressee to, boolean seat) {
        Course course = courses.findById(session.courseId()).orElseThrow();
        String title = course.publishedVersion().orElse(course.currentVersion()).title();
        String place = session.venue().map(SessionMails::describe).orElse(seat ? session.onlineUrl().orElse(null) : null);
        return new SessionMailTexts.Facts(to.name(), title, session.startsAt(), session.endsAt(), place,
                session.venue().isEmpty(), settings.baseUrl() + "/cursus/" + course.slug(), session.parts());
    }

    private static String describe(Venue venue) {
        return venue.name() + ", " + venue.address() + ", " + venue.city();
    }

    private Addressee addresseeOf(Booking booking) {
        return bookings.addresseesOf(List.of(booking)).get(booking.accountId());
    }

    private SessionCalendar.Person organizer() {
        try {
            InternetAddress from = MimeMessages.sender(settings.mail().from());
            return new SessionCalendar.Person(from.getAddress(), from.getPersonal());
        } catch (AddressException e) {
            throw new IllegalStateException("ACADEMY_MAIL_FROM is not an address: " + settings.mail().from(), e);
        }
    }
}

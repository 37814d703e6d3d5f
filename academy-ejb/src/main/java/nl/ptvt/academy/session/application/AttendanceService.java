package nl.ptvt.academy.session.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.session.Attendance;
import nl.ptvt.academy.session.AttendanceRecord;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.ParticipantView;
import nl.ptvt.academy.session.SessionAttendance;
import nl.ptvt.academy.session.SessionAttended;
import nl.ptvt.academy.session.SessionParticipants;
import nl.ptvt.academy.session.TrainerSession;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.BookingRepository;
import nl.ptvt.academy.session.domain.SessionRepository;
import nl.ptvt.academy.session.domain.TrainingSession;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * The trainer's side of a session: the participant list and attendance. Recording locks the session's row first, as
 * bookings and cancellations do, so a list is never saved while a seat changes hands. All lines of one request are
 * recorded or none (a bad line rolls the transaction back). {@link SessionAttended} is fired inside the transaction
 * and reaches AFTER_SUCCESS observers only when it commits.
 */
@Stateless
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class AttendanceService implements SessionAttendance {

    /** "Recent" on the trainer's list: long enough to fill in a list after a course of several weeks. */
    static final Duration RECENT = Duration.ofDays(60);
    static final int LIST_LIMIT = 200;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    CourseRepository courses;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Event<SessionAttended> attended;

    @Override
    public List<TrainerSession> sessionsToRun() {
        Long trainer = caller.isInRole(Role.Names.ADMIN) ? null : caller.requireAccountId();
        Map<Long, String> titles = new HashMap<>();
        return sessions.ofTrainer(trainer, clock.instant().minus(RECENT), LIST_LIMIT).stream()
                .map(session -> new TrainerSession(session.id(), session.courseId(),
                        titles.computeIfAbsent(session.courseId(), this::courseTitle), session.status(), session.startsAt(),
                        session.endsAt(), session.venue().map(venue -> venue.city()).orElse(null),
                        session.onlineUrl().isPresent(), session.seatsTaken(), session.capacity()))
                .toList();
    }

    @Override
    public SessionParticipants participants(long sessionId) {
        TrainingSession session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
        requireTrainer(session);
        return view(session, bookings.activeOf(sessionId));
    }

    @Override
    public List<SessionAttended> attendees(long sessionId) {
        TrainingSession session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
        requireTrainer(session);
        return bookings.activeOf(sessionId).stream()
                .filter(booking -> booking.status() == BookingStatus.CONFIRMED && booking.attendance().orElse(null) == Attendance.ATTENDED)
                .map(booking -> new SessionAttended(session.id(), session.courseId(), booking.accountId(), booking.id(), session.startsAt()))
                .toList();
    }

    @Override
    public SessionParticipants recordAttendance(long sessionId, List<AttendanceRecord> records) {
        TrainingSession session = sessions.findByIdForUpdate(sessionId).orElseThrow(() -> notFound(sessionId));
        requireTrainer(session);
        List<Booking> active = bookings.activeOf(sessionId);
        Map<Long, Booking> byId = active.stream().collect(Collectors.toMap(Booking::id, booking -> booking));
        refuseUnknownAndRepeated(sessionId, records, byId);
        long recorder = caller.requireAccountId();
        Instant now = clock.instant();
        for (AttendanceRecord record : records) {
            Booking booking = byId.get(record.bookingId());
            if (session.recordAttendance(booking, record.attended() ? Attendance.ATTENDED : Attendance.NO_SHOW, recorder, now)) {
                attended.fire(new SessionAttended(session.id(), session.courseId(), booking.accountId(), booking.id(),
                        session.startsAt()));
            }
        }
        session.completeIfEveryoneIsRecorded(confirmed(active), now);
        return view(session, active);
    }

    /** Before anything is recorded: every line names a confirmed or waiting booking of this session, once. */
    private static void refuseUnknownAndRepeated(long sessionId, List<AttendanceRecord> records, Map<Long, Booking> active) {
        List<Long> unknown = new ArrayList<>();
        List<Long> repeated = new ArrayList<>();
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        for (AttendanceRecord record : records) {
            if (seen.put(record.bookingId(), record.attended()) != null) {
                repeated.add(record.bookingId());
            }
            if (!active.containsKey(record.bookingId())) {
                unknown.add(record.bookingId());
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("attendance.unknown-booking", "Not a confirmed or waiting booking of session "
                    + sessionId + ": " + unknown.stream().distinct().map(String::valueOf).collect(Collectors.joining(", "))
                    + ". Nothing was recorded.");
        }
        if (!repeated.isEmpty()) {
            throw new BusinessRuleException("attendance.repeated-booking", "Each booking appears once in the list; repeated: "
                    + repeated.stream().distinct().map(String::valueOf).collect(Collectors.joining(", ")) + ". Nothing was recorded.");
        }
    }

    private static List<Booking> confirmed(List<Booking> active) {
        return active.stream().filter(booking -> booking.status() == BookingStatus.CONFIRMED).toList();
    }

    private SessionParticipants view(TrainingSession session, List<Booking> active) {
        // three queries for the whole list: the people, their organisations and the trainers
        Map<Long, Account> people = accounts.findAllById(active.stream().map(Booking::accountId).distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, account -> account));
        Map<Long, String> organisationNames = organisations.findAllById(people.values().stream().map(Account::organisationId)
                        .flatMap(Optional::stream).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<Booking> waiting = active.stream().filter(booking -> booking.status() == BookingStatus.WAITLISTED)
                .sorted(Comparator.comparing(Booking::waitlistSequence)).toList();
        List<ParticipantView> participants = new ArrayList<>();
        for (Booking booking : active) {
            Account account = people.get(booking.accountId());
            String organisation = account.organisationId().map(organisationNames::get).orElse(null);
            Integer position = booking.status() == BookingStatus.WAITLISTED ? waiting.indexOf(booking) + 1 : null;
            participants.add(new ParticipantView(booking.id(), account.id(), account.name(), account.email().address(),
                    organisation, booking.status(), position, booking.attendance().orElse(null)));
        }
        participants.sort(Comparator.comparing((ParticipantView participant) -> participant.status() != BookingStatus.CONFIRMED)
                .thenComparing(participant -> participant.waitlistPosition() == null ? 0 : participant.waitlistPosition())
                .thenComparing(participant -> participant.name() == null ? "" : participant.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ParticipantView::bookingId));
        List<String> trainers = accounts.findAllById(session.trainerIds()).stream().map(Account::name).toList();
        return new SessionParticipants(session.id(), session.courseId(), courseTitle(session.courseId()), session.status(),
                session.startsAt(), session.endsAt(), session.venue().orElse(null), session.onlineUrl().orElse(null),
                trainers, session.completedAt().orElse(null), session.hasStarted(clock.instant()), participants);
    }

    private String courseTitle(long courseId) {
        return courses.findById(courseId).map(course -> course.currentVersion().content().title()).orElse("");
    }

    /** A trainer of this session or an administrator; other trainers are refused. */
    private void requireTrainer(TrainingSession session) {
        if (!caller.isInRole(Role.Names.ADMIN) && !session.isTrainer(caller.requireAccountId())) {
            throw new AccessRefusedException("session.not-a-trainer", "Only the trainers of this session and administrators "
                    + "see its participants and record attendance");
        }
    }

    private static ResourceNotFoundException notFound(long sessionId) {
        return new ResourceNotFoundException("session.not-found", "There is no session with id " + sessionId);
    }
}

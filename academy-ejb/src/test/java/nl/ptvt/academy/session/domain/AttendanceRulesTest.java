package nl.ptvt.academy.session.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.Attendance;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** Who may have attendance, when it may be recorded, who is announced as attended, and when a session is completed. */
class AttendanceRulesTest {

    private static final Instant SCHEDULED_AT = Instant.parse("2026-03-20T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-03-29T08:00:00Z");
    private static final Instant DURING = STARTS.plus(Duration.ofHours(1));
    private static final long TRAINER = 900;

    @Test
    void attendanceIsRecordedOnlyOnceTheSessionHasStarted() {
        TrainingSession session = session(2, 42);
        Booking booking = session.book(anyone(1), 1, null, SCHEDULED_AT);

        BusinessRuleException early = assertThrows(BusinessRuleException.class,
                () -> session.recordAttendance(booking, Attendance.ATTENDED, TRAINER, STARTS.minusSeconds(1)));
        assertEquals("attendance.not-started", early.code());
        assertEquals(Optional.empty(), booking.attendance());

        assertTrue(session.recordAttendance(booking, Attendance.ATTENDED, TRAINER, STARTS));
        assertEquals(Optional.of(Attendance.ATTENDED), booking.attendance());
        assertEquals(TRAINER, booking.attendanceRecordedBy());
    }

    @Test
    void onlyConfirmedBookingsOfThisSessionHaveAttendance() {
        TrainingSession session = session(1, 42);
        Booking seated = session.book(anyone(1), 1, null, SCHEDULED_AT);
        Booking waiting = session.book(anyone(2), 2, null, SCHEDULED_AT);
        Booking cancelled = session.book(anyone(3), 3, null, SCHEDULED_AT);
        session.cancel(cancelled, null, SCHEDULED_AT);
        Booking elsewhere = session(1, 43).book(anyone(4), 4, null, SCHEDULED_AT);

        assertEquals("attendance.not-confirmed", assertThrows(BusinessRuleException.class,
                () -> session.recordAttendance(waiting, Attendance.NO_SHOW, TRAINER, DURING)).code());
        assertEquals("attendance.not-confirmed", assertThrows(BusinessRuleException.class,
                () -> session.recordAttendance(cancelled, Attendance.ATTENDED, TRAINER, DURING)).code());
        assertEquals("attendance.unknown-booking", assertThrows(BusinessRuleException.class,
                () -> session.recordAttendance(elsewhere, Attendance.ATTENDED, TRAINER, DURING)).code());
        assertTrue(session.recordAttendance(seated, Attendance.ATTENDED, TRAINER, DURING));
    }

    @Test
    void aCancelledSessionHasNoAttendance() {
        TrainingSession session = session(1, 42);
        Booking booking = session.book(anyone(1), 1, null, SCHEDULED_AT);
        session.cancelSession("De trainer is ziek");

        assertEquals("attendance.session-cancelled", assertThrows(ConflictException.class,
                () -> session.recordAttendance(booking, Attendance.ATTENDED, TRAINER, DURING)).code());
    }

    @Test
    void aPersonIsAnnouncedAsAttendedOnceWhateverCorrectionsFollow() {
        TrainingSession session = session(2, 42);
        Booking booking = session.book(anyone(1), 1, null, SCHEDULED_AT);

        assertFalse(session.recordAttendance(booking, Attendance.NO_SHOW, TRAINER, DURING), "a no-show is not announced");
        assertTrue(session.recordAttendance(booking, Attendance.ATTENDED, TRAINER, DURING.plusSeconds(60)), "corrected to attended: announced");
        assertFalse(session.recordAttendance(booking, Attendance.ATTENDED, TRAINER, DURING.plusSeconds(120)), "recorded again: not twice");
        assertFalse(session.recordAttendance(booking, Attendance.NO_SHOW, TRAINER, DURING.plusSeconds(180)));
        assertEquals(Optional.of(Attendance.NO_SHOW), booking.attendance(), "the last record counts");
        assertFalse(session.recordAttendance(booking, Attendance.ATTENDED, TRAINER, DURING.plusSeconds(240)),
                "back to attended after a correction: still announced only once");
    }

    @Test
    void theSessionIsCompletedWhenEveryConfirmedBookingHasARecord() {
        TrainingSession session = session(2, 42);
        Booking first = session.book(anyone(1), 1, null, SCHEDULED_AT);
        Booking second = session.book(anyone(2), 2, null, SCHEDULED_AT);
        session.book(anyone(3), 3, null, SCHEDULED_AT); // waiting: needs no record

        session.recordAttendance(first, Attendance.ATTENDED, TRAINER, DURING);
        session.completeIfEveryoneIsRecorded(List.of(first, second), DURING);
        assertEquals(SessionStatus.SCHEDULED, session.status());

        session.recordAttendance(second, Attendance.NO_SHOW, TRAINER, DURING);
        session.completeIfEveryoneIsRecorded(List.of(first, second), DURING);
        assertEquals(SessionStatus.COMPLETED, session.status());
        assertEquals(Optional.of(DURING), session.completedAt());

        // a correction afterwards is still allowed and leaves the session completed
        session.recordAttendance(second, Attendance.ATTENDED, TRAINER, DURING.plusSeconds(60));
        session.completeIfEveryoneIsRecorded(List.of(first, second), DURING.plusSeconds(60));
        assertEquals(SessionStatus.COMPLETED, session.status());
        assertEquals(Optional.of(DURING), session.completedAt());
    }

    @Test
    void aSessionWithoutConfirmedBookingsCompletesOnlyOnceItHasStarted() {
        TrainingSession session = session(2, 42);
        session.completeIfEveryoneIsRecorded(List.of(), STARTS.minusSeconds(1));
        assertEquals(SessionStatus.SCHEDULED, session.status());
        session.completeIfEveryoneIsRecorded(List.of(), STARTS);
        assertEquals(SessionStatus.COMPLETED, session.status());
    }

    private static Participant anyone(long accountId) {
        return new Participant(accountId, null, null, 0);
    }

    /** A stored session (bookings refer to its id), for a workshop that starts at {@link #STARTS}. */
    private static TrainingSession session(int capacity, long id) {
        ScheduleSession details = new ScheduleSession(STARTS, STARTS.plus(Duration.ofHours(3)), capacity,
                STARTS.minus(Duration.ofDays(1)), new Venue("Het Lokaal", "Stationsplein 1", "Utrecht", Province.UT), null,
                Set.of(), null, List.of(TRAINER), null, null);
        TrainingSession session = TrainingSession.schedule(1, CourseFormat.WORKSHOP, details, SCHEDULED_AT);
        try {
            Field field = TrainingSession.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(session, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return session;
    }
}

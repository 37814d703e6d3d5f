package nl.ptvt.academy.session.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionPart;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** Changing a scheduled session: when it may change, the capacity rule, and when calendars need an update. */
class TrainingSessionChangeTest {

    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-03-29T08:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-27T23:00:00Z");
    private static final Venue VENUE = new Venue("Het Lokaal", "Stationsplein 1", "Utrecht", Province.UT);

    @Test
    void aNewTimeRaisesTheCalendarSequenceAndANewCapacityAloneDoesNot() {
        TrainingSession session = session(5);
        TrainingSession.Change bigger = session.change(details(STARTS, 8, VENUE, null), List.of(), NOW);
        assertFalse(bigger.timeOrPlaceChanged());
        assertEquals(0, session.calendarSequence());
        assertEquals(8, session.capacity());

        TrainingSession.Change later = session.change(details(STARTS.plus(Duration.ofHours(1)), 8, VENUE, null), List.of(), NOW);
        assertTrue(later.timeOrPlaceChanged());
        assertEquals(1, session.calendarSequence());
        assertEquals(STARTS.plus(Duration.ofHours(1)), session.startsAt());
    }

    @Test
    void anotherPlaceIsAChangeButTheSameVenueWithSpacesIsNot() {
        TrainingSession session = session(5);
        Venue padded = new Venue(" Het Lokaal ", "Stationsplein 1", "Utrecht ", Province.UT);
        assertFalse(session.change(details(STARTS, 5, padded, null), List.of(), NOW).timeOrPlaceChanged());
        assertTrue(session.change(details(STARTS, 5, null, "https://meet.example/x"), List.of(), NOW).timeOrPlaceChanged());
        assertTrue(session.venue().isEmpty());
        assertTrue(session.change(details(STARTS, 5, null, "https://meet.example/y"), List.of(), NOW).timeOrPlaceChanged());
        assertEquals(2, session.calendarSequence());
    }

    @Test
    void theCapacityNeverGoesBelowTheSeatsTakenAndAddedSeatsGoToThoseWaitingInOrder() {
        TrainingSession session = session(2);
        session.book(anyone(1), 1, null, NOW);
        session.book(anyone(2), 2, null, NOW);
        Booking first = session.book(anyone(3), 3, null, NOW);
        Booking second = session.book(anyone(4), 4, null, NOW);
        Booking third = session.book(anyone(5), 5, null, NOW);

        BusinessRuleException tooSmall = assertThrows(BusinessRuleException.class,
                () -> session.change(details(STARTS, 1, VENUE, null), List.of(first, second, third), NOW));
        assertEquals("session.capacity-below-seats-taken", tooSmall.code());
        assertEquals(2, session.capacity(), "nothing changed");

        TrainingSession.Change raised = session.change(details(STARTS, 4, VENUE, null), List.of(first, second, third), NOW);
        assertEquals(List.of(first, second), raised.promoted());
        assertEquals(BookingStatus.CONFIRMED, first.status());
        assertEquals(BookingStatus.CONFIRMED, second.status());
        assertEquals(BookingStatus.WAITLISTED, third.status());
        assertEquals(0, session.seatsLeft());
    }

    @Test
    void aCancelledOrStartedSessionDoesNotChangeAndTheScheduleRulesStillHold() {
        TrainingSession started = session(5);
        assertEquals("session.started", assertThrows(BusinessRuleException.class,
                () -> started.change(details(STARTS.plus(Duration.ofDays(1)), 5, VENUE, null), List.of(), STARTS)).code());

        TrainingSession cancelled = session(5);
        cancelled.cancelSession("Ziek");
        assertEquals("session.not-scheduled", assertThrows(ConflictException.class,
                () -> cancelled.change(details(STARTS, 5, VENUE, null), List.of(), NOW)).code());

        TrainingSession session = session(5);
        ScheduleSession deadlineAfterStart = new ScheduleSession(STARTS, STARTS.plus(Duration.ofHours(3)), 5,
                STARTS.plusSeconds(1), VENUE, null, Set.of(), null, List.of(), null, null);
        assertEquals("session.deadline-after-start", assertThrows(BusinessRuleException.class,
                () -> session.change(deadlineAfterStart, List.of(), NOW)).code());
        ScheduleSession bothPlaces = details(STARTS, 5, VENUE, "https://meet.example/x");
        assertEquals("session.venue-or-online", assertThrows(BusinessRuleException.class,
                () -> session.change(bothPlaces, List.of(), NOW)).code());
    }

    @Test
    void partsAreInOrderSpanTheSessionAndNewPartsAreAChangeOfTime() {
        Instant secondDay = STARTS.plus(Duration.ofDays(1));
        SessionPart morning = new SessionPart(STARTS, STARTS.plus(Duration.ofHours(3)));
        SessionPart nextMorning = new SessionPart(secondDay, secondDay.plus(Duration.ofHours(3)));
        TrainingSession session = TrainingSession.schedule(1, CourseFormat.TRAINING, inParts(List.of(morning, nextMorning)), NOW);
        assertEquals(List.of(morning, nextMorning), session.parts());

        SessionPart overlapping = new SessionPart(STARTS.plus(Duration.ofHours(2)), secondDay.plus(Duration.ofHours(3)));
        assertEquals("session.parts-order", assertThrows(BusinessRuleException.class, () -> TrainingSession.schedule(1,
                CourseFormat.TRAINING, inParts(List.of(morning, overlapping)), NOW)).code());
        assertEquals("session.parts-count", assertThrows(BusinessRuleException.class, () -> TrainingSession.schedule(1,
                CourseFormat.TRAINING, inParts(List.of(morning)), NOW)).code());
        SessionPart shortSecond = new SessionPart(secondDay, secondDay.plus(Duration.ofHours(2)));
        assertEquals("session.parts-span", assertThrows(BusinessRuleException.class, () -> TrainingSession.schedule(1,
                CourseFormat.TRAINING, new ScheduleSession(STARTS, secondDay.plus(Duration.ofHours(3)), 5, DEADLINE, VENUE, null,
                        Set.of(), null, List.of(), null, List.of(morning, shortSecond)), NOW)).code());

        SessionPart laterNextMorning = new SessionPart(secondDay.plus(Duration.ofMinutes(30)), secondDay.plus(Duration.ofHours(3)));
        assertTrue(session.change(inParts(List.of(morning, laterNextMorning)), List.of(), NOW).timeOrPlaceChanged());
        assertEquals(List.of(morning, laterNextMorning), session.parts());
        assertTrue(session.change(details(STARTS, 5, VENUE, null), List.of(), NOW).timeOrPlaceChanged(), "back to one stretch");
        assertEquals(List.of(), session.parts());
    }

    private static ScheduleSession inParts(List<SessionPart> parts) {
        return new ScheduleSession(parts.get(0).startsAt(), parts.get(parts.size() - 1).endsAt(), 5, DEADLINE, VENUE, null,
                Set.of(), null, List.of(), null, parts);
    }

    private static Participant anyone(long accountId) {
        return new Participant(accountId, null, null, 0);
    }

    private static ScheduleSession details(Instant start, int capacity, Venue venue, String onlineUrl) {
        return new ScheduleSession(start, start.plus(Duration.ofHours(3)), capacity, DEADLINE, venue, onlineUrl,
                Set.of(), null, List.of(), null, null);
    }

    private static TrainingSession session(int capacity) {
        TrainingSession session = TrainingSession.schedule(1, CourseFormat.TRAINING, details(STARTS, capacity, VENUE, null), NOW);
        try {
            Field id = TrainingSession.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(session, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return session;
    }
}

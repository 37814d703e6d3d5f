package nl.ptvt.academy.session.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-03-29T08:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-27T23:00:00Z");
    private static final Venue VENUE = new Venue("Het Lokaal", "Stationsplein 1", "Utrecht", Province.UT);

    @Test
    void neverConfirmsMoreThanTheCapacityAndWaitlistsTheRestInArrivalOrder() {
        TrainingSession session = session(3, Set.of(), null);
        List<Booking> bookings = new ArrayList<>();
        for (long person = 1; person <= 7; person++) {
            bookings.add(session.book(anyone(person), person, null, NOW));
        }
        assertEquals(3, bookings.stream().filter(booking -> booking.status() == BookingStatus.CONFIRMED).count());
        assertEquals(List.of(1L, 2L, 3L, 4L), bookings.subList(3, 7).stream().map(Booking::waitlistSequence).toList());
        assertTrue(bookings.subList(3, 7).stream().allMatch(booking -> booking.status() == BookingStatus.WAITLISTED));
        assertEquals(0, session.seatsLeft());
    }

    @Test
    void aDoubleBookingReturnsTheExistingBooking() {
        TrainingSession session = session(1, Set.of(), null);
        Booking first = session.book(anyone(1), 1, null, NOW);
        assertSame(first, session.book(anyone(1), 1, first, NOW.plusSeconds(5)));
        assertEquals(0, session.seatsLeft());
    }

    @Test
    void aCancelledSeatGoesToTheFirstOneWaiting() {
        TrainingSession session = session(1, Set.of(), null);
        Booking seated = session.book(anyone(1), 1, null, NOW);
        Booking firstWaiting = session.book(anyone(2), 2, null, NOW);
        Booking secondWaiting = session.book(anyone(3), 3, null, NOW);

        Optional<Booking> promoted = session.cancel(seated, firstWaiting, NOW);

        assertEquals(Optional.of(firstWaiting), promoted);
        assertEquals(BookingStatus.CONFIRMED, firstWaiting.status());
        assertEquals(BookingStatus.WAITLISTED, secondWaiting.status());
        assertEquals(BookingStatus.CANCELLED, seated.status());
        assertEquals(0, session.seatsLeft());
    }

    @Test
    void cancellingAWaitingBookingFreesNoSeat() {
        TrainingSession session = session(1, Set.of(), null);
        session.book(anyone(1), 1, null, NOW);
        Booking waiting = session.book(anyone(2), 2, null, NOW);
        Booking next = session.book(anyone(3), 3, null, NOW);

        assertEquals(Optional.empty(), session.cancel(waiting, next, NOW));
        assertEquals(BookingStatus.WAITLISTED, next.status());
        assertEquals(0, session.seatsLeft());
    }

    @Test
    void noPromotionOnceTheSessionHasStarted() {
        TrainingSession session = session(1, Set.of(), null);
        Booking seated = session.book(anyone(1), 1, null, NOW);
        Booking waiting = session.book(anyone(2), 2, null, NOW);

        assertEquals(Optional.empty(), session.cancel(seated, waiting, STARTS.plusSeconds(60)));
        assertEquals(BookingStatus.WAITLISTED, waiting.status());
        assertEquals(1, session.seatsLeft());
    }

    @Test
    void bookingAgainAfterACancellationIsANewArrival() {
        TrainingSession session = session(1, Set.of(), null);
        Booking first = session.book(anyone(1), 1, null, NOW);
        session.book(anyone(2), 2, null, NOW);
        session.cancel(first, null, NOW);
        Booking again = session.book(anyone(1), 1, first, NOW.plusSeconds(1));
        assertSame(first, again);
        assertEquals(BookingStatus.CONFIRMED, again.status());
    }

    @Test
    void theBookingDeadlineClosesBooking() {
        TrainingSession session = session(5, Set.of(), null);
        assertEquals(BookingStatus.CONFIRMED, session.book(anyone(1), 1, null, DEADLINE).status());
        BusinessRuleException closed = assertThrows(BusinessRuleException.class,
                () -> session.book(anyone(2), 2, null, DEADLINE.plusMillis(1)));
        assertEquals("session.booking-closed", closed.code());
        assertTrue(session.isCancellableByParticipant(DEADLINE));
        assertFalse(session.isCancellableByParticipant(DEADLINE.plusMillis(1)));
    }

    @Test
    void aCancelledSessionRefusesBookings() {
        TrainingSession session = session(5, Set.of(), null);
        assertThrows(BusinessRuleException.class, () -> session.cancelSession(" "));
        session.cancelSession("The trainer is ill");
        ConflictException refused = assertThrows(ConflictException.class, () -> session.book(anyone(1), 1, null, NOW));
        assertEquals("session.not-bookable", refused.code());
    }

    @Test
    void aRegionalSessionIsOpenToOrganisationsInItsProvinces() {
        TrainingSession session = session(5, Set.of(Province.UT, Province.GE), null);
        assertTrue(session.isOpenTo(new Participant(1, 10L, Province.GE)));
        assertFalse(session.isOpenTo(new Participant(2, 11L, Province.ZH)));
        assertFalse(session.isOpenTo(new Participant(3, null, null)));
        assertThrows(AccessRefusedException.class, () -> session.book(new Participant(2, 11L, Province.ZH), 2, null, NOW));
    }

    @Test
    void anInCompanySessionIsOpenToItsOrganisationOnly() {
        TrainingSession session = session(5, Set.of(), 10L);
        assertTrue(session.isOpenTo(new Participant(1, 10L, Province.GE)));
        assertFalse(session.isOpenTo(new Participant(2, 11L, Province.GE)));
        assertTrue(session(5, Set.of(), null).isOpenTo(new Participant(3, null, null)));
    }

    @Test
    void onlyWebinarsWorkshopsAndTrainingsHaveSessions() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> TrainingSession.schedule(1, CourseFormat.E_LEARNING, details(5, Set.of(), null), NOW));
        assertEquals("session.course-format", refused.code());
        for (CourseFormat scheduled : List.of(CourseFormat.WEBINAR, CourseFormat.WORKSHOP, CourseFormat.TRAINING)) {
            assertEquals(SessionStatus.SCHEDULED, TrainingSession.schedule(1, scheduled, details(5, Set.of(), null), NOW).status());
        }
    }

    @Test
    void aSessionHasAVenueOrAnOnlineLinkAndADeadlineBeforeItsStart() {
        ScheduleSession both = new ScheduleSession(STARTS, STARTS.plus(Duration.ofHours(3)), 5, DEADLINE, VENUE,
                "https://meet.example/x", Set.of(), null, List.of(), null, null);
        assertThrows(BusinessRuleException.class, () -> TrainingSession.schedule(1, CourseFormat.WORKSHOP, both, NOW));
        ScheduleSession lateDeadline = new ScheduleSession(STARTS, STARTS.plus(Duration.ofHours(3)), 5,
                STARTS.plusSeconds(1), VENUE, null, Set.of(), null, List.of(), null, null);
        assertThrows(BusinessRuleException.class, () -> TrainingSession.schedule(1, CourseFormat.WORKSHOP, lateDeadline, NOW));
    }

    @Test
    void anOrganisationHoldsAtMostItsLimitOfSeatsAndWaitingPlacesTogether() {
        TrainingSession session = limited(1, 2);
        Booking seated = session.book(ofOrganisation(1, 10L, 0), 1, null, NOW);
        Booking waiting = session.book(ofOrganisation(2, 10L, 1), 1, null, NOW);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> session.book(ofOrganisation(3, 10L, 2), 1, null, NOW));

        assertEquals("session.organisation-limit", refused.code());
        assertTrue(refused.getMessage().contains("at most 2 bookings per organisation"), refused.getMessage());
        assertEquals(BookingStatus.CONFIRMED, seated.status());
        assertEquals(BookingStatus.WAITLISTED, waiting.status());
        // the refusal took no seat and no waiting-list number: the next one waiting is number 2
        assertEquals(2L, session.book(ofOrganisation(4, 11L, 0), 4, null, NOW).waitlistSequence());
        assertEquals(0, session.seatsLeft());
    }

    @Test
    void otherOrganisationsAndPeopleInNoOrganisationAreNotHeldBackByAnotherOrganisationsLimit() {
        TrainingSession session = limited(5, 1);
        session.book(ofOrganisation(1, 10L, 0), 1, null, NOW);

        assertEquals(BookingStatus.CONFIRMED, session.book(ofOrganisation(2, 11L, 0), 2, null, NOW).status());
        assertEquals(BookingStatus.CONFIRMED, session.book(ofOrganisation(3, null, 0), 3, null, NOW).status());
        assertEquals(2, session.seatsLeft());
    }

    @Test
    void someoneAlreadyBookedIsAnsweredWithTheirBookingAtTheLimitAndACancelledPlaceCountsNoMore() {
        TrainingSession session = limited(5, 1);
        Booking booked = session.book(ofOrganisation(1, 10L, 0), 1, null, NOW);
        assertSame(booked, session.book(ofOrganisation(1, 10L, 1), 1, booked, NOW));

        session.cancel(booked, null, NOW);

        assertEquals(BookingStatus.CONFIRMED, session.book(ofOrganisation(2, 10L, 0), 2, null, NOW).status());
    }

    @Test
    void withoutALimitAnOrganisationBooksAsManyAsThereAreSeats() {
        TrainingSession session = session(3, Set.of(), null);
        assertEquals(Optional.empty(), session.seatsPerOrganisation());
        assertEquals(BookingStatus.CONFIRMED, session.book(ofOrganisation(1, 10L, 500), 1, null, NOW).status());
        assertEquals(Optional.of(2), limited(3, 2).seatsPerOrganisation());
    }

    private static Participant ofOrganisation(long accountId, Long organisationId, int organisationBookings) {
        return new Participant(accountId, organisationId, organisationId == null ? null : Province.UT, organisationBookings);
    }

    private static TrainingSession limited(int capacity, int seatsPerOrganisation) {
        return stored(TrainingSession.schedule(1, CourseFormat.TRAINING, new ScheduleSession(STARTS,
                STARTS.plus(Duration.ofHours(3)), capacity, DEADLINE, VENUE, null, Set.of(), null, List.of(),
                seatsPerOrganisation, null), NOW));
    }

    private static Participant anyone(long accountId) {
        return new Participant(accountId, null, null);
    }

    private static ScheduleSession details(int capacity, Set<Province> provinces, Long organisationId) {
        return new ScheduleSession(STARTS, STARTS.plus(Duration.ofHours(3)), capacity, DEADLINE, VENUE, null,
                provinces, organisationId, List.of(), null, null);
    }

    /** A stored session: bookings refer to its id. */
    private static TrainingSession session(int capacity, Set<Province> provinces, Long organisationId) {
        return stored(TrainingSession.schedule(1, CourseFormat.TRAINING, details(capacity, provinces, organisationId), NOW));
    }

    private static TrainingSession stored(TrainingSession session) {
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

package nl.ptvt.academy.session.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.Attendance;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.OpenTo;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionPart;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A scheduled session of a webinar, workshop or training. It holds the seat count and the last waiting-list number,
 * so every rule about seats lives here: a booking gets a seat while fewer than {@code capacity} are taken, else the
 * next waiting-list number (strict arrival order); a freed seat goes to the first one waiting until the session
 * starts. Callers lock this row before they call {@link #book} or {@link #cancel}, which makes the counts exact.
 */
@Entity
@Table(name = "training_session")
@Cacheable(false)
public class TrainingSession {

    private static final Set<CourseFormat> SCHEDULED_FORMATS = EnumSet.of(CourseFormat.WEBINAR, CourseFormat.WORKSHOP,
            CourseFormat.TRAINING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "booking_deadline", nullable = false)
    private Instant bookingDeadline;

    @Column(name = "venue_name")
    private String venueName;

    @Column(name = "venue_address")
    private String venueAddress;

    @Column(name = "venue_city")
    private String venueCity;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue_province")
    private Province venueProvince;

    @Column(name = "online_url")
    private String onlineUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "open_to", nullable = false, length = 16)
    private OpenTo openTo;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "training_session_province", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "province", nullable = false)
    private Set<Province> provinces = new HashSet<>();

    @Column(name = "organisation_id")
    private Long organisationId;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "training_session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> trainerIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "seats_per_organisation")
    private Integer seatsPerOrganisation;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "last_waitlist_sequence", nullable = false)
    private long lastWaitlistSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Empty for a session in one stretch. */
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "training_session_part", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<ScheduledPart> parts = new ArrayList<>();

    /** The SEQUENCE of the session's iCalendar event: one higher after every change of time or place. */
    @Column(name = "ics_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected TrainingSession() {
        // for JPA
    }

    /** Only webinars, workshops and trainings are scheduled; e-learning is followed at one's own pace. */
    public static TrainingSession schedule(long courseId, CourseFormat format, ScheduleSession details, Instant now) {
        if (!SCHEDULED_FORMATS.contains(format)) {
            throw new BusinessRuleException("session.course-format", "Only webinars, workshops and trainings have "
                    + "scheduled sessions; this course is " + format);
        }
        requireSound(details, now);
        TrainingSession session = new TrainingSession();
        session.courseId = courseId;
        session.capacity = details.capacity();
        session.takeOver(details);
        session.status = SessionStatus.SCHEDULED;
        session.createdAt = now;
        return session;
    }

    private static void requireSound(ScheduleSession details, Instant now) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new BusinessRuleException("session.ends-before-start", "A session ends after it starts");
        }
        if (!details.startsAt().isAfter(now)) {
            throw new BusinessRuleException("session.in-the-past", "A session is scheduled in the future");
        }
        if (details.bookingDeadline().isAfter(details.startsAt())) {
            throw new BusinessRuleException("session.deadline-after-start", "The booking deadline is at the latest the start");
        }
        if ((details.venue() == null) == (details.onlineUrl() == null)) {
            throw new BusinessRuleException("session.venue-or-online", "A session has either a venue or an online link");
        }
        if (details.organisationId() != null && !details.provinces().isEmpty()) {
            throw new BusinessRuleException("session.audience", "A session is open to one organisation or to provinces, not both");
        }
        requireSoundParts(details);
    }

    /** Parts, when given: at least two, in order, each ending after it starts, together spanning the session. */
    private static void requireSoundParts(ScheduleSession details) {
        List<SessionPart> given = details.parts();
        if (given.isEmpty()) {
            return;
        }
        if (given.size() < 2) {
            throw new BusinessRuleException("session.parts-count", "A session in parts has at least two; leave out parts "
                    + "for a session in one stretch");
        }
        for (int i = 0; i < given.size(); i++) {
            SessionPart part = given.get(i);
            if (!part.endsAt().isAfter(part.startsAt())) {
                throw new BusinessRuleException("session.part-ends-before-start", "Part " + (i + 1) + " ends after it starts");
            }
            if (i > 0 && part.startsAt().isBefore(given.get(i - 1).endsAt())) {
                throw new BusinessRuleException("session.parts-order", "Part " + (i + 1) + " starts after part " + i + " ends");
            }
        }
        if (!given.get(0).startsAt().equals(details.startsAt()) || !given.get(given.size() - 1).endsAt().equals(details.endsAt())) {
            throw new BusinessRuleException("session.parts-span", "The first part starts at the session's start and the "
                    + "last one ends at its end");
        }
    }

    /** Everything of the details but the capacity, whose change has rules of its own. */
    private void takeOver(ScheduleSession details) {
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        bookingDeadline = details.bookingDeadline();
        Venue venue = details.venue();
        venueName = venue == null ? null : venue.name().strip();
        venueAddress = venue == null ? null : venue.address().strip();
        venueCity = venue == null ? null : venue.city().strip();
        venueProvince = venue == null ? null : venue.province();
        onlineUrl = details.onlineUrl();
        organisationId = details.organisationId();
        provinces.clear();
        provinces.addAll(details.provinces());
        openTo = details.organisationId() != null ? OpenTo.ORGANISATION
                : details.provinces().isEmpty() ? OpenTo.ALL : OpenTo.PROVINCES;
        trainerIds.clear();
        trainerIds.addAll(details.trainers());
        seatsPerOrganisation = details.seatsPerOrganisation();
        parts.clear();
        details.parts().forEach(part -> parts.add(new ScheduledPart(part)));
    }

    /**
     * Changes the session to {@code details}, until it starts and only while it is scheduled. The capacity never goes
     * below the seats taken; when it rises, the seats it adds go to {@code waiting} (the waiting bookings in list order)
     * first. A new time or place raises the calendar sequence, so participants' calendars take the update.
     */
    public Change change(ScheduleSession details, List<Booking> waiting, Instant now) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("session.not-scheduled", "This session is " + status.name().toLowerCase()
                    + " and can no longer be changed");
        }
        if (hasStarted(now)) {
            throw new BusinessRuleException("session.started", "This session has started and can no longer be changed");
        }
        requireSound(details, now);
        if (details.capacity() < seatsTaken) {
            throw new BusinessRuleException("session.capacity-below-seats-taken", "The capacity cannot be below the "
                    + seatsTaken + " seats already taken; cancel bookings first");
        }
        boolean timeOrPlace = !startsAt.equals(details.startsAt()) || !endsAt.equals(details.endsAt())
                || !parts().equals(details.parts())
                || !Objects.equals(venue().orElse(null), stripped(details.venue()))
                || !Objects.equals(onlineUrl, details.onlineUrl());
        takeOver(details);
        capacity = details.capacity();
        List<Booking> promoted = new ArrayList<>();
        for (Booking next : waiting) {
            if (seatsTaken >= capacity) {
                break;
            }
            if (next.status() != BookingStatus.WAITLISTED || next.sessionId() != id) {
                throw new IllegalArgumentException("Booking " + next.id() + " is not waiting for session " + id);
            }
            seatsTaken++;
            next.confirm();
            promoted.add(next);
        }
        if (timeOrPlace) {
            calendarSequence++;
        }
        return new Change(timeOrPlace, promoted);
    }

    private static Venue stripped(Venue venue) {
        return venue == null ? null : new Venue(venue.name().strip(), venue.address().strip(), venue.city().strip(), venue.province());
    }

    /**
     * @param timeOrPlaceChanged whether the participants must hear of it (and get an updated calendar event)
     * @param promoted           waiting bookings that got one of the seats added
     */
    public record Change(boolean timeOrPlaceChanged, List<Booking> promoted) {

        public Change {
            promoted = List.copyOf(promoted);
        }
    }

    /**
     * Books the participant: a seat while there is one, else the next place on the waiting list. {@code existing} is
     * their booking of this session, if any: an active one is returned as it is (a double booking), a cancelled one is
     * booked again as a new arrival. The returned booking is new (to be stored) when {@code existing} was null.
     */
    public Booking book(Participant participant, long bookedBy, Booking existing, Instant now) {
        if (existing != null && existing.isActive()) {
            return existing;
        }
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("session.not-bookable", "This session is " + status.name().toLowerCase()
                    + " and takes no bookings");
        }
        if (now.isAfter(bookingDeadline)) {
            throw new BusinessRuleException("session.booking-closed", "The booking deadline of this session has passed");
        }
        if (!isOpenTo(participant)) {
            throw new AccessRefusedException("session.not-open", "This session is not open to people of "
                    + (participant.organisationId() == null ? "no organisation" : "organisation " + participant.organisationId()));
        }
        refuseOverOrganisationLimit(participant);
        Booking booking = existing;
        if (booking == null) {
            booking = new Booking(id, participant.accountId(), bookedBy, now);
        } else {
            booking.reopen(bookedBy, now);
        }
        if (seatsTaken < capacity) {
            seatsTaken++;
            booking.confirm();
        } else {
            booking.waitAs(++lastWaitlistSequence);
        }
        return booking;
    }

    /**
     * One organisation may hold at most {@code seatsPerOrganisation} active bookings, seats and waiting list together,
     * so that the waiting list cannot be used to get round the cap. People in no organisation are not capped.
     */
    private void refuseOverOrganisationLimit(Participant participant) {
        if (seatsPerOrganisation != null && participant.organisationId() != null
                && participant.organisationBookings() >= seatsPerOrganisation) {
            throw new BusinessRuleException("session.organisation-limit", "This session takes at most "
                    + seatsPerOrganisation + " bookings per organisation (seats and waiting list together), and "
                    + "organisation " + participant.organisationId() + " has " + participant.organisationBookings()
                    + " already. Nobody was booked.");
        }
    }

    /** Open to all, to organisations in the session's provinces, or to its one organisation. */
    public boolean isOpenTo(Participant participant) {
        return switch (openTo) {
            case ALL -> true;
            case PROVINCES -> participant.province() != null && provinces.contains(participant.province());
            case ORGANISATION -> Objects.equals(organisationId, participant.organisationId());
        };
    }

    /**
     * Cancels the booking; a seat it freed goes to {@code firstWaiting} (the waiting booking with the lowest number),
     * unless the session has started. Returns the promoted booking.
     */
    public Optional<Booking> cancel(Booking booking, Booking firstWaiting, Instant now) {
        if (booking.sessionId() != id) {
            throw new IllegalArgumentException("Booking " + booking.id() + " is not for session " + id);
        }
        if (!booking.isActive()) {
            throw new ConflictException("booking.cancelled", "This booking was already cancelled");
        }
        boolean freesSeat = booking.status() == BookingStatus.CONFIRMED;
        booking.cancel(now);
        if (!freesSeat) {
            return Optional.empty();
        }
        seatsTaken--;
        if (firstWaiting == null || hasStarted(now)) {
            return Optional.empty();
        }
        if (firstWaiting.status() != BookingStatus.WAITLISTED || firstWaiting.sessionId() != id) {
            throw new IllegalArgumentException("Booking " + firstWaiting.id() + " is not waiting for session " + id);
        }
        seatsTaken++;
        firstWaiting.confirm();
        return Optional.of(firstWaiting);
    }

    /** Until the booking deadline, participants and their coordinators cancel; after it only administrators and trainers. */
    public boolean isCancellableByParticipant(Instant now) {
        return !now.isAfter(bookingDeadline);
    }

    public void cancelSession(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("session.cancel-reason", "Give the reason why the session is cancelled");
        }
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("session.not-scheduled", "This session is already " + status.name().toLowerCase());
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason.strip();
    }

    /**
     * Records whether the person of a confirmed booking came; recording again corrects it (also once the session is
     * completed). Only once the session has started, and not on a cancelled session. Returns true when the person is
     * recorded as attended for the first time: they are then to be announced (once per person, whatever corrections
     * follow).
     */
    public boolean recordAttendance(Booking booking, Attendance attendance, long recordedBy, Instant now) {
        if (booking.sessionId() != id) {
            throw new BusinessRuleException("attendance.unknown-booking", "Booking " + booking.id() + " is not a booking of session " + id);
        }
        if (status == SessionStatus.CANCELLED) {
            throw new ConflictException("attendance.session-cancelled", "This session was cancelled; it has no attendance");
        }
        if (!hasStarted(now)) {
            throw new BusinessRuleException("attendance.not-started", "Attendance is recorded once the session has started");
        }
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new BusinessRuleException("attendance.not-confirmed", "Booking " + booking.id() + " is "
                    + booking.status().name().toLowerCase() + ": only confirmed bookings have attendance");
        }
        return booking.recordAttendance(attendance, recordedBy, now);
    }

    /**
     * The session is COMPLETED once it has started and every confirmed booking has an attendance record (a session
     * nobody confirmed for completes as soon as its list is saved). {@code confirmed} are all its confirmed bookings.
     */
    public void completeIfEveryoneIsRecorded(List<Booking> confirmed, Instant now) {
        if (status != SessionStatus.SCHEDULED || !hasStarted(now)) {
            return;
        }
        for (Booking booking : confirmed) {
            if (booking.sessionId() != id || booking.status() != BookingStatus.CONFIRMED) {
                throw new IllegalArgumentException("Booking " + booking.id() + " is not a confirmed booking of session " + id);
            }
            if (booking.attendance().isEmpty()) {
                return;
            }
        }
        status = SessionStatus.COMPLETED;
        completedAt = now;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean isTrainer(long accountId) {
        return trainerIds.contains(accountId);
    }

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    public Optional<Venue> venue() {
        return venueName == null ? Optional.empty() : Optional.of(new Venue(venueName, venueAddress, venueCity, venueProvince));
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int capacity() {
        return capacity;
    }

    public Optional<Integer> seatsPerOrganisation() {
        return Optional.ofNullable(seatsPerOrganisation);
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public Instant bookingDeadline() {
        return bookingDeadline;
    }

    public Optional<String> onlineUrl() {
        return Optional.ofNullable(onlineUrl);
    }

    public OpenTo openTo() {
        return openTo;
    }

    public Set<Province> provinces() {
        return Collections.unmodifiableSet(provinces);
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Set<Long> trainerIds() {
        return Collections.unmodifiableSet(trainerIds);
    }

    public SessionStatus status() {
        return status;
    }

    /** The parts in order; empty for a session in one stretch. */
    public List<SessionPart> parts() {
        return parts.stream().map(ScheduledPart::toPart).toList();
    }

    public int calendarSequence() {
        return calendarSequence;
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TrainingSession session && id != null && id.equals(session.id);
    }

    @Override
    public int hashCode() {
        return TrainingSession.class.hashCode();
    }
}

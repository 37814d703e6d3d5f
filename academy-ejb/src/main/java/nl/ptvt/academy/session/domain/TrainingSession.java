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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.OpenTo;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;

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
    @CollectionTable(name = "training_session_province", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "province", nullable = false)
    private Set<Province> provinces = new HashSet<>();

    @Column(name = "organisation_id")
    private Long organisationId;

    @ElementCollection
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

    protected TrainingSession() {
        // for JPA
    }

    /** Only webinars, workshops and trainings are scheduled; e-learning is followed at one's own pace. */
    public static TrainingSession schedule(long courseId, CourseFormat format, ScheduleSession details, Instant now) {
        if (!SCHEDULED_FORMATS.contains(format)) {
            throw new BusinessRuleException("session.course-format", "Only webinars, workshops and trainings have "
                    + "scheduled sessions; this course is " + format);
        }
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
        TrainingSession session = new TrainingSession();
        session.courseId = courseId;
        session.startsAt = details.startsAt();
        session.endsAt = details.endsAt();
        session.capacity = details.capacity();
        session.bookingDeadline = details.bookingDeadline();
        Optional.ofNullable(details.venue()).ifPresent(venue -> {
            session.venueName = venue.name().strip();
            session.venueAddress = venue.address().strip();
            session.venueCity = venue.city().strip();
            session.venueProvince = venue.province();
        });
        session.onlineUrl = details.onlineUrl();
        session.organisationId = details.organisationId();
        session.provinces.addAll(details.provinces());
        session.openTo = details.organisationId() != null ? OpenTo.ORGANISATION
                : details.provinces().isEmpty() ? OpenTo.ALL : OpenTo.PROVINCES;
        session.trainerIds.addAll(details.trainers());
        session.seatsPerOrganisation = details.seatsPerOrganisation();
        session.status = SessionStatus.SCHEDULED;
        session.createdAt = now;
        return session;
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

package nl.ptvt.academy.session.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.ptvt.academy.session.Attendance;
import nl.ptvt.academy.session.BookingStatus;

/**
 * A person's booking for a session. Its status changes only through {@link TrainingSession}, which holds the seat
 * count and the waiting-list numbers; one row per person per session (a new booking after a cancellation reuses it).
 */
@Entity
@Table(name = "booking")
@Cacheable(false)
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "booked_by", nullable = false)
    private long bookedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "waitlist_sequence")
    private Long waitlistSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Attendance attendance;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(name = "attendance_recorded_by")
    private Long attendanceRecordedBy;

    /** When the person was first recorded as attended (and announced): set once, never cleared. */
    @Column(name = "attended_announced_at")
    private Instant attendedAnnouncedAt;

    protected Booking() {
        // for JPA
    }

    Booking(long sessionId, long accountId, long bookedBy, Instant now) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.bookedBy = bookedBy;
        this.createdAt = Objects.requireNonNull(now);
    }

    void confirm() {
        status = BookingStatus.CONFIRMED;
    }

    void waitAs(long sequence) {
        status = BookingStatus.WAITLISTED;
        waitlistSequence = sequence;
    }

    /** A cancelled booking booked again counts as a new arrival. */
    void reopen(long byAccount, Instant now) {
        bookedBy = byAccount;
        createdAt = now;
        cancelledAt = null;
        waitlistSequence = null;
    }

    void cancel(Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
    }

    /** Returns true when this is the first time the person is recorded as attended: then it is to be announced. */
    boolean recordAttendance(Attendance recorded, long byAccount, Instant now) {
        attendance = Objects.requireNonNull(recorded);
        attendanceRecordedAt = now;
        attendanceRecordedBy = byAccount;
        if (recorded == Attendance.ATTENDED && attendedAnnouncedAt == null) {
            attendedAnnouncedAt = now;
            return true;
        }
        return false;
    }

    public boolean isActive() {
        return status == BookingStatus.CONFIRMED || status == BookingStatus.WAITLISTED;
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long accountId() {
        return accountId;
    }

    public long bookedBy() {
        return bookedBy;
    }

    public BookingStatus status() {
        return status;
    }

    public Long waitlistSequence() {
        return waitlistSequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Optional<Attendance> attendance() {
        return Optional.ofNullable(attendance);
    }

    public Instant attendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public Long attendanceRecordedBy() {
        return attendanceRecordedBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Booking booking && id != null && id.equals(booking.id);
    }

    @Override
    public int hashCode() {
        return Booking.class.hashCode();
    }
}

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

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Booking booking && id != null && id.equals(booking.id);
    }

    @Override
    public int hashCode() {
        return Booking.class.hashCode();
    }
}

package nl.ptvt.academy.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import nl.ptvt.academy.session.SessionPart;

/** One part of a session in several parts (table training_session_part), in the order of the session's parts. */
@Embeddable
public class ScheduledPart {

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected ScheduledPart() {
        // for JPA
    }

    ScheduledPart(SessionPart part) {
        this.startsAt = part.startsAt();
        this.endsAt = part.endsAt();
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public SessionPart toPart() {
        return new SessionPart(startsAt, endsAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduledPart part && startsAt.equals(part.startsAt) && endsAt.equals(part.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }
}

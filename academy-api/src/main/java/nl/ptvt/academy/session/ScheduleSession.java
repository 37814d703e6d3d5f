package nl.ptvt.academy.session;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.ptvt.academy.organisation.Province;

/**
 * A new session of a course: a venue or an online link (one of the two), open to all, to organisations in the given
 * provinces, or to one organisation. {@code seatsPerOrganisation}, when given, caps the active bookings (seats and
 * waiting list) of any one organisation. A session in several parts lists them in {@code parts} (at least two, in
 * order, not overlapping, the first starting at {@code startsAt} and the last ending at {@code endsAt}); without parts
 * it is one stretch from start to end.
 */
public record ScheduleSession(
        @NotNull(message = "{academy.session.starts-at.required}") Instant startsAt,
        @NotNull(message = "{academy.session.ends-at.required}") Instant endsAt,
        @NotNull(message = "{academy.session.capacity.required}") @Min(value = 1, message = "{academy.session.capacity.range}")
        @Max(value = 10000, message = "{academy.session.capacity.range}") Integer capacity,
        @NotNull(message = "{academy.session.booking-deadline.required}") Instant bookingDeadline,
        @Valid Venue venue,
        @Size(max = 500, message = "{academy.session.online-url.size}")
        @Pattern(regexp = "https://\\S+", message = "{academy.session.online-url.invalid}") String onlineUrl,
        Set<Province> provinces,
        Long organisationId,
        List<Long> trainers,
        @Min(value = 1, message = "{academy.session.seats-per-organisation.range}")
        @Max(value = 10000, message = "{academy.session.seats-per-organisation.range}") Integer seatsPerOrganisation,
        @Size(max = 50, message = "{academy.session.parts.size}") List<@NotNull(message = "{academy.session.part.required}") @Valid SessionPart> parts) {

    /** The one JSON-B reads (a record with a second constructor needs it named); absent fields are null. */
    @JsonbCreator
    public ScheduleSession {
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
        trainers = trainers == null ? List.of() : List.copyOf(trainers);
        // kept with any null in it, so that validation (not the JSON reader) answers it
        parts = parts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parts));
    }

    /** A session in one stretch, from start to end, without a limit per organisation. */
    public ScheduleSession(Instant startsAt, Instant endsAt, Integer capacity, Instant bookingDeadline, Venue venue,
                           String onlineUrl, Set<Province> provinces, Long organisationId, List<Long> trainers) {
        this(startsAt, endsAt, capacity, bookingDeadline, venue, onlineUrl, provinces, organisationId, trainers, null, null);
    }
}

package nl.ptvt.academy.session;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** One part (a day, a morning) of a session that takes place in several parts. */
public record SessionPart(
        @NotNull(message = "{academy.session.part.starts-at.required}") Instant startsAt,
        @NotNull(message = "{academy.session.part.ends-at.required}") Instant endsAt) {
}

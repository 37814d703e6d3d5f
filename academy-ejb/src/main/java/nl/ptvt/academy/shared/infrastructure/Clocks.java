package nl.ptvt.academy.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for every service, so that domain rules about time are tested with fixed clocks. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock systemClock() {
        // Microseconds: what the database keeps (DATETIME(6)), so a value reads back as it was written.
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }
}

package nl.ptvt.academy.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: after {@code firstDelay}, doubling per failed attempt up to
 * {@code longestDelay}, and not after {@code maxAttempts} attempts. With the defaults (1 minute, 2 hours, 10
 * attempts) an SMTP server may be away for about six hours before a mail is given up.
 */
public record RetrySchedule(Duration firstDelay, Duration longestDelay, int maxAttempts) {

    public static final Duration DEFAULT_LONGEST_DELAY = Duration.ofHours(2);
    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    public RetrySchedule {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(longestDelay);
        if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Delays must be positive, the longest at least the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
    }

    public static RetrySchedule startingAfter(Duration firstDelay) {
        return new RetrySchedule(firstDelay, DEFAULT_LONGEST_DELAY.compareTo(firstDelay) < 0 ? firstDelay : DEFAULT_LONGEST_DELAY,
                DEFAULT_MAX_ATTEMPTS);
    }

    /** The wait after the {@code failedAttempts}-th failure (1 = after the first). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** The moment of the next attempt, or empty when {@code failedAttempts} used up the attempts. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(failedAt.plus(delayAfter(failedAttempts)));
    }
}

package nl.ptvt.academy.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing per account: after {@value #FREE_ATTEMPTS} failed logins in a row the account is
 * locked for a minute, and each further failure doubles the wait, up to a quarter of an hour. A successful
 * login clears it. Kept in the database, so it holds across restarts and across instances.
 */
@Embeddable
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    static LoginThrottle clear() {
        return new LoginThrottle();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long the caller still has to wait, if locked. */
    public Optional<Duration> remainingLock(Instant now) {
        return isLocked(now) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    void recordFailure(Instant now) {
        failedLogins++;
        if (failedLogins >= FREE_ATTEMPTS) {
            lockedUntil = now.plus(lockDuration(failedLogins));
        }
    }

    void recordSuccess() {
        failedLogins = 0;
        lockedUntil = null;
    }

    static Duration lockDuration(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.max(doublings, 0));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    public int failedLogins() {
        return failedLogins;
    }
}

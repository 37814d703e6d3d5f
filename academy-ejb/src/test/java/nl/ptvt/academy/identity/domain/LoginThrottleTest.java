package nl.ptvt.academy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void fourFailuresInARowDoNotLockTheFifthDoesForAMinute() {
        LoginThrottle throttle = LoginThrottle.clear();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(NOW);
        }
        assertFalse(throttle.isLocked(NOW));

        throttle.recordFailure(NOW);
        assertTrue(throttle.isLocked(NOW));
        assertTrue(throttle.isLocked(NOW.plusSeconds(59)));
        assertFalse(throttle.isLocked(NOW.plusSeconds(60)), "the lock ends by itself");
        assertEquals(Duration.ofSeconds(30), throttle.remainingLock(NOW.plusSeconds(30)).orElseThrow());
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAQuarterOfAnHour() {
        assertEquals(Duration.ofMinutes(1), LoginThrottle.lockDuration(5));
        assertEquals(Duration.ofMinutes(2), LoginThrottle.lockDuration(6));
        assertEquals(Duration.ofMinutes(4), LoginThrottle.lockDuration(7));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.lockDuration(8));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.lockDuration(9));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.lockDuration(500), "no overflow for a patient attacker");
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        LoginThrottle throttle = LoginThrottle.clear();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(NOW);
        }
        throttle.recordSuccess();
        throttle.recordFailure(NOW);
        assertFalse(throttle.isLocked(NOW));
        assertEquals(1, throttle.failedLogins());
    }
}

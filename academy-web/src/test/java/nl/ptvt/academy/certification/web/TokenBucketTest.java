package nl.ptvt.academy.certification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aBurstIsAllowedThenOneRequestPerRefill() {
        long now = 1_000 * SECOND;
        TokenBucket bucket = new TokenBucket(3, 6, now); // a token every 10 s
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), bucket.take(now));
        }
        Duration wait = bucket.take(now).orElseThrow();
        assertEquals(10, wait.toSeconds(), "until the next token");
        assertTrue(bucket.take(now + 9 * SECOND).isPresent());
        assertEquals(Optional.empty(), bucket.take(now + 10 * SECOND));
        assertTrue(bucket.take(now + 10 * SECOND).isPresent(), "one token, one request");
        assertFalse(bucket.isFull(now + 10 * SECOND));
        assertTrue(bucket.isFull(now + 10 * SECOND + 30 * SECOND), "full again after three refills, never fuller");
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), bucket.take(now + 1_000 * SECOND));
        }
        assertTrue(bucket.take(now + 1_000 * SECOND).isPresent());
    }

    @Test
    void theWaitIsAtLeastASecond() {
        TokenBucket fast = new TokenBucket(1, 6000, 0);
        fast.take(0);
        assertEquals(Duration.ofSeconds(1), fast.take(0).orElseThrow());
    }

    @Test
    void aBucketNeedsRoom() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 10, 0));
    }
}

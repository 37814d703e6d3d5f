package nl.ptvt.academy.certification.web;

import java.time.Duration;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perMinute}. Each request takes one
 * token; with none left the caller learns how long until the next one. Time is passed in (nanoseconds of a monotonic
 * clock), so the rule is tested without waiting.
 */
final class TokenBucket {

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, int perMinute, long now) {
        if (capacity < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A bucket holds at least one token and refills at least one a minute");
        }
        this.capacity = capacity;
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token: empty when granted, else how long to wait for the next one (at least a second). */
    synchronized java.util.Optional<Duration> take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return java.util.Optional.empty();
        }
        long wait = (long) Math.ceil((1 - tokens) / tokensPerNano);
        return java.util.Optional.of(Duration.ofNanos(Math.max(wait, Duration.ofSeconds(1).toNanos())));
    }

    /** Full again: nothing to remember about this client. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
        }
    }
}

package nl.ptvt.academy.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.ptvt.academy.shared.TooManyAttemptsException;
import org.eclipse.microprofile.config.Config;

/**
 * Slows down guessing of certificate codes: per client address a {@link TokenBucket} of
 * {@code ACADEMY_VERIFICATION_BURST} look-ups (default 20), refilled at {@code ACADEMY_VERIFICATION_PER_MINUTE}
 * (default 20), shared by the verification API and the public page. A code has 128 random bits, so this is not what
 * keeps codes secret; it keeps a guesser from using the Academy as an oracle and its database as a target. Kept in
 * memory per instance (a guesser spread over several instances gets the limit of each): enough against one client,
 * and free of any database write on a public endpoint. The client is the TCP peer, never a header a client can set.
 */
@ApplicationScoped
public class VerificationThrottle {

    /** Above this many remembered clients, clients with a full bucket are forgotten. */
    static final int PRUNE_ABOVE = 10_000;

    @Inject
    Config config;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** @throws TooManyAttemptsException (429 with Retry-After) when this client asked too often */
    public void check(String clientAddress) {
        long now = System.nanoTime();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Optional<Duration> wait = buckets.computeIfAbsent(clientAddress == null ? "" : clientAddress,
                client -> new TokenBucket(setting("academy.verification.burst"), setting("academy.verification.per.minute"), now))
                .take(now);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("verification.too-many",
                    "Too many certificate look-ups from your address; try again in " + Math.max(1, wait.get().toSeconds())
                            + " seconds", wait.get());
        }
    }

    private int setting(String key) {
        return config.getOptionalValue(key, Integer.class).orElse(20);
    }
}

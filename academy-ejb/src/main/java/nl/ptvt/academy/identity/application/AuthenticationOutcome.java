package nl.ptvt.academy.identity.application;

import java.time.Duration;
import java.util.Set;

/** The result of checking an e-mail address and password. */
public sealed interface AuthenticationOutcome {

    record Authenticated(long accountId, Set<String> groups) implements AuthenticationOutcome {
    }

    /** Wrong address or password, or a deactivated account: deliberately indistinguishable. */
    record Rejected() implements AuthenticationOutcome {
    }

    record Throttled(Duration retryAfter) implements AuthenticationOutcome {
    }
}

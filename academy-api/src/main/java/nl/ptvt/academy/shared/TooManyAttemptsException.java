package nl.ptvt.academy.shared;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many failed attempts in a row; the caller must wait before trying again: 429. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends AcademyException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

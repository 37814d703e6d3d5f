package nl.ptvt.academy.shared.rest;

import java.util.List;

/** A query or path parameter that cannot be understood; answered as a 400 with violations. */
public class InvalidParameterException extends RuntimeException {

    private final transient List<ProblemResponses.Violation> violations;

    public InvalidParameterException(String field, String message) {
        super("Invalid parameter '" + field + "': " + message);
        this.violations = List.of(new ProblemResponses.Violation(field, message));
    }

    public List<ProblemResponses.Violation> violations() {
        return violations;
    }
}

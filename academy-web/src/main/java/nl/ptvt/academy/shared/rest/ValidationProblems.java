package nl.ptvt.academy.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A 400 with a {@code violations} list of {@code {field, message}}: the field is the JSON property path
 * ("email", "items[0].name"), the message is in the language the client asked for (Dutch or English).
 */
final class ValidationProblems {

    private static final MessageInterpolator INTERPOLATOR = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    private ValidationProblems() {
    }

    static Response of(ConstraintViolationException exception, Locale locale, String instance) {
        List<ProblemResponses.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            violations.add(new ProblemResponses.Violation(field(violation.getPropertyPath()), message(violation, locale)));
        }
        violations.sort(Comparator.comparing(ProblemResponses.Violation::field).thenComparing(ProblemResponses.Violation::message));
        return ProblemResponses.validation("The request has " + violations.size() + " invalid field(s)", violations, instance);
    }

    /** The property path below the method parameter; the parameter's own name when the parameter itself is invalid. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String lastName = "";
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> {
                    // "<list element>" and the like name no JSON property: "emails[0]", not "emails.<list element>[0]"
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> lastName = node.getName() == null ? lastName : node.getName();
            }
        }
        return field.isEmpty() ? lastName : field.toString();
    }

    private static String message(ConstraintViolation<?> violation, Locale locale) {
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
                }
            }, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }
}

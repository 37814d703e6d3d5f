package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates a service command (a record with Bean Validation constraints) before it is sent, and shows each
 * violation as a message on the input it is about, in the language of the page. The rules stay on the command,
 * so a form and the REST API can never disagree about them.
 */
@ApplicationScoped
public class CommandValidation {

    @Inject
    ValidatorFactory validatorFactory;

    /** Same as {@link #validate(Object, String, Map)} when every input is named like its command property. */
    public boolean validate(Object command, String formId) {
        return validate(command, formId, Map.of());
    }

    /**
     * @param formId   the id of the form, so that property {@code email} becomes client id {@code formId:email}
     * @param inputIds input ids for properties whose input is named differently
     * @return true when the command is valid
     */
    public boolean validate(Object command, String formId, Map<String, String> inputIds) {
        Locale locale = Texts.locale();
        Validator validator = validatorFactory.usingContext()
                .messageInterpolator(new InLocale(validatorFactory.getMessageInterpolator(), locale))
                .getValidator();
        List<ConstraintViolation<Object>> violations = validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .toList();
        for (ConstraintViolation<Object> violation : violations) {
            String property = firstNode(violation.getPropertyPath());
            String clientId = property == null ? null : formId + ":" + inputIds.getOrDefault(property, property);
            Messages.error(clientId, describe(violation));
        }
        return violations.isEmpty();
    }

    /** A violation by one element of a list (one of several e-mail addresses) names that element. */
    private static String describe(ConstraintViolation<Object> violation) {
        boolean element = false;
        for (Path.Node node : violation.getPropertyPath()) {
            element |= node.getIndex() != null;
        }
        return element && violation.getInvalidValue() instanceof String value && !value.isBlank()
                ? value + ": " + violation.getMessage() : violation.getMessage();
    }

    private static String firstNode(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? nodes.next().getName() : null;
    }

    /** Interpolates in the page's language rather than the server's default. */
    private record InLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}

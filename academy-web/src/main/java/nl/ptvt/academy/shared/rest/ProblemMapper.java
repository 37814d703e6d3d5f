package nl.ptvt.academy.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.AuthenticationFailedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.TooManyAttemptsException;

/**
 * Turns every failure into a problem detail. The specific mappers below only exist because JAX-RS picks the
 * mapper of the nearest exception type (and Jersey brings its own for validation); they all end up here.
 * A 500 shows a generic text and an id that is also in the log, never a stack trace.
 */
final class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** How Yasson (the JSON-B of Payara) names a property it could not deserialise. */
    private static final Pattern UNREADABLE_PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private ProblemMapper() {
    }

    static Response toResponse(Throwable failure, UriInfo uri, HttpHeaders headers, SecurityContext security) {
        return toResponse(failure, uri, headers, security, null);
    }

    /** @param resourceMethod the matched resource method, if known: it tells which body field an unknown code was for */
    static Response toResponse(Throwable failure, UriInfo uri, HttpHeaders headers, SecurityContext security, Method resourceMethod) {
        Throwable cause = unwrap(failure);
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        if (cause instanceof AcademyException academy) {
            return academyProblem(academy, instance);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ValidationProblems.of(violations, locale(headers), instance);
        }
        if (cause instanceof InvalidParameterException invalid) {
            return ProblemResponses.validation(invalid.getMessage(), invalid.violations(), instance);
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException
                || (cause instanceof ProcessingException && hasJsonCause(cause))) {
            String field = unacceptedProperty(cause);
            if (field == null) {
                field = BodyFields.ofUnknownEnumConstant(resourceMethod, deepestMessage(cause));
            }
            if (field != null) {
                String message = deepestMessage(cause).startsWith("No enum constant") ? "is not one of the accepted values"
                        : "has a value of the wrong type";
                return ProblemResponses.validation("The request body has a value that field '" + field + "' does not accept",
                        List.of(new ProblemResponses.Violation(field, message)), instance);
            }
            return ProblemResponses.problem(Response.Status.BAD_REQUEST, "malformed-json",
                    "The request body is not valid JSON for this endpoint: " + firstLine(deepestMessage(cause)), instance);
        }
        if (cause instanceof EJBAccessException) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            return anonymous ? unauthorized(instance)
                    : ProblemResponses.problem(Response.Status.FORBIDDEN, "forbidden", "Your role does not allow this", instance);
        }
        if (cause instanceof OptimisticLockException) {
            return ProblemResponses.problem(Response.Status.CONFLICT, "concurrent-change",
                    "Someone else changed this at the same time; reload and try again", instance);
        }
        if (cause instanceof NotAuthorizedException) {
            return unauthorized(instance);
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return webProblem(web, instance);
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, problem instance urn:uuid:" + id + " at " + instance, failure);
        return ProblemResponses.problem(Response.Status.INTERNAL_SERVER_ERROR, null,
                "Something went wrong on our side. Please try again later; if it persists, report the instance id.",
                "urn:uuid:" + id);
    }

    private static Response academyProblem(AcademyException academy, String instance) {
        Response.Status status;
        if (academy instanceof ResourceNotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (academy instanceof ConflictException) {
            status = Response.Status.CONFLICT;
        } else if (academy instanceof AccessRefusedException) {
            status = Response.Status.FORBIDDEN;
        } else if (academy instanceof AuthenticationFailedException) {
            status = Response.Status.UNAUTHORIZED;
        } else if (academy instanceof TooManyAttemptsException) {
            status = Response.Status.TOO_MANY_REQUESTS;
        } else if (academy instanceof BusinessRuleException) {
            return ProblemResponses.problem(UNPROCESSABLE, academy.code(), academy.getMessage(), instance);
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        Response response = ProblemResponses.problem(status, academy.code(), academy.getMessage(), instance);
        if (academy instanceof TooManyAttemptsException throttled) {
            return Response.fromResponse(response).header("Retry-After", Math.max(1, throttled.retryAfter().toSeconds())).build();
        }
        if (status == Response.Status.UNAUTHORIZED) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Bearer realm=\"PTvT Academy\"").build();
        }
        return response;
    }

    private static Response unauthorized(String instance) {
        return Response.fromResponse(ProblemResponses.problem(Response.Status.UNAUTHORIZED, "unauthorized",
                        "Authentication required: send a bearer token obtained from POST /api/v1/auth/token", instance))
                .header("WWW-Authenticate", "Bearer realm=\"PTvT Academy\"").build();
    }

    private static Response webProblem(WebApplicationException web, String instance) {
        Response original = web.getResponse();
        int status = original.getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This endpoint answers in JSON only";
            case 415 -> "Send the request body as application/json";
            case 403 -> "Your role does not allow this";
            default -> firstLine(web.getMessage());
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        // a role refusal carries the same code whether Jersey (resource) or the EJB container (service) refused it
        String code = status == 403 ? "forbidden" : null;
        Response response = ProblemResponses.problem(type == null ? Response.Status.BAD_REQUEST : type, code, detail, instance);
        Response.ResponseBuilder builder = Response.fromResponse(response);
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && !(current instanceof EJBAccessException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasJsonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON property (as a dotted path for nested objects) that JSON-B could not read, such as
     * {@code "format": "CASTLE"}, so that a wrong code is a violation of that field rather than "malformed JSON".
     */
    static String unacceptedProperty(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            Matcher property = UNREADABLE_PROPERTY.matcher(message);
            List<String> path = new ArrayList<>();
            while (property.find()) {
                path.add(property.group(1));
            }
            if (!path.isEmpty()) {
                return String.join(".", path);
            }
        }
        return null;
    }

    private static String deepestMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? "" : message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if (accepted.getLanguage().equals("nl")) {
                    return Locale.forLanguageTag("nl");
                }
                if (accepted.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    abstract static class Base<E extends Throwable> implements jakarta.ws.rs.ext.ExceptionMapper<E> {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;
        @Context
        SecurityContext security;
        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(E exception) {
            return ProblemMapper.toResponse(exception, uri, headers, security, resourceMethod());
        }

        private Method resourceMethod() {
            try {
                return resource == null ? null : resource.getResourceMethod();
            } catch (RuntimeException outsideARequest) {
                return null;
            }
        }
    }
}

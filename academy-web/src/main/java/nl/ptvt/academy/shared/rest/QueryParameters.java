package nl.ptvt.academy.shared.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Parses query parameters ourselves, so that {@code ?page=abc} or {@code ?province=XX} is a 400 that names the
 * parameter (JAX-RS would answer 404 for a parameter it cannot convert).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static PageRequest page(String page, String size) {
        int number = wholeNumber("page", page, 0);
        int pageSize = wholeNumber("size", size, PageRequest.DEFAULT_SIZE);
        if (number < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(number, pageSize);
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An id (a whole number from 1), or null when absent. */
    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw new InvalidParameterException(name, "must be an id (a whole number from 1)");
    }

    /** An ISO-8601 instant in UTC ({@code 2026-03-01T09:30:00Z}), or null when absent. */
    public static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an instant in UTC, such as 2026-03-01T09:30:00Z");
        }
    }

    private static int wholeNumber(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
    }
}

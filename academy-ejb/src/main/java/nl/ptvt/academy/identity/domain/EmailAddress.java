package nl.ptvt.academy.identity.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address as typed (kept for display) and its key: trimmed and lower-cased, so that
 * "Jan@School.nl" and "jan@school.nl" are the same person.
 */
public final class EmailAddress {

    private final String address;

    private EmailAddress(String address) {
        this.address = address;
    }

    public static EmailAddress of(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("An e-mail address is required");
        }
        String trimmed = typed.trim();
        int at = trimmed.indexOf('@');
        if (at < 1 || at == trimmed.length() - 1) {
            throw new IllegalArgumentException("Not an e-mail address: " + trimmed);
        }
        return new EmailAddress(trimmed);
    }

    public String address() {
        return address;
    }

    public String key() {
        return address.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key());
    }

    @Override
    public String toString() {
        return address;
    }
}

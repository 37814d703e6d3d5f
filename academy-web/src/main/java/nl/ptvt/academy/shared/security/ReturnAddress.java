package nl.ptvt.academy.shared.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to go after the login. Only a path inside the Academy is accepted, so that a crafted login link cannot
 * send a person who just signed in to another site (an open redirect).
 */
public final class ReturnAddress {

    private ReturnAddress() {
    }

    public static Optional<String> safe(String requested) {
        if (requested == null || requested.isBlank() || requested.length() > 2000) {
            return Optional.empty();
        }
        boolean localPath = requested.startsWith("/") && !requested.startsWith("//")
                && !requested.contains("\\") && !requested.contains(":") && requested.chars().noneMatch(Character::isISOControl);
        boolean loginPage = requested.startsWith(FormLoginMechanism.LOGIN_PAGE);
        return localPath && !loginPage ? Optional.of(requested) : Optional.empty();
    }

    /**
     * {@code terug=<page>}, URL-encoded, for the address of the login or the registration page, when the page is one
     * to return to (see {@link #safe}).
     */
    public static Optional<String> asParameter(String requested) {
        return safe(requested).map(page -> FormLoginMechanism.RETURN_PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
    }
}

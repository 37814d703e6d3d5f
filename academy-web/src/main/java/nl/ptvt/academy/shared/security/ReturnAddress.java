package nl.ptvt.academy.shared.security;

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
}

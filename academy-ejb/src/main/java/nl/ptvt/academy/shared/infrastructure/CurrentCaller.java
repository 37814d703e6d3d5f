package nl.ptvt.academy.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.ptvt.academy.shared.AuthenticationFailedException;

/**
 * The account behind the current request. Both sign-in routes (page login and bearer token) name the caller
 * principal after the account id, so this works for pages and the REST API alike.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    public Optional<Long> accountId() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public long requireAccountId() {
        return accountId().orElseThrow(() -> new AuthenticationFailedException("caller.unknown", "Not signed in"));
    }

    public boolean isInRole(String role) {
        return securityContext.isCallerInRole(role);
    }
}

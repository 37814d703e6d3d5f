package nl.ptvt.academy.identity;

import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.organisation.OrganisationView;

/** An account as shown to its owner and to administrators. Never carries the password hash. */
public record AccountView(
        long id,
        String name,
        String email,
        List<Role> roles,
        OrganisationView organisation,
        boolean active,
        boolean passwordChangeRequired,
        Instant registeredAt) {

    public AccountView {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

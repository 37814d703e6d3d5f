package nl.ptvt.academy.catalogue.domain;

import java.util.Set;
import nl.ptvt.academy.identity.Role;

/** An account as the rules about a course's authors see it (features meet by id; the account stays in identity). */
public record AuthorAccount(long id, boolean active, Set<Role> roles) {

    public AuthorAccount {
        roles = Set.copyOf(roles);
    }

    /** Only someone who may write courses at all can write this one. */
    public boolean mayWriteCourses() {
        return active && (roles.contains(Role.AUTHOR) || roles.contains(Role.ADMIN));
    }
}

package nl.ptvt.academy.identity;

import java.util.Set;

/** Who a valid bearer token belongs to, with the roles the account has now (not when the token was made). */
public record AuthenticatedCaller(long accountId, Set<String> groups) {

    public AuthenticatedCaller {
        groups = Set.copyOf(groups);
    }

    /** The caller principal's name: the account id, which stays the same when the e-mail address changes. */
    public String principalName() {
        return Long.toString(accountId);
    }
}

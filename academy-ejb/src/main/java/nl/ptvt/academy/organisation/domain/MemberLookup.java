package nl.ptvt.academy.organisation.domain;

import java.util.Objects;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;

/** Whose members a caller may list: a coordinator only their own organisation's, an administrator any one's. */
public final class MemberLookup {

    private MemberLookup() {
    }

    /** The organisation to list, or the refusal. {@code callerOrganisation} is null when the caller is in none. */
    public static long organisationToList(boolean administrator, Long callerOrganisation, Long requested) {
        if (administrator) {
            if (requested == null) {
                throw new BusinessRuleException("members.organisation-required", "Name the organisation whose members you want to list");
            }
            return requested;
        }
        if (callerOrganisation == null) {
            throw new AccessRefusedException("coordinator.no-organisation",
                    "You are not placed in an organisation, so there are no people you coordinate; ask an administrator");
        }
        if (requested != null && !Objects.equals(requested, callerOrganisation)) {
            throw new AccessRefusedException("members.other-organisation", "You may only list the people of your own organisation");
        }
        return callerOrganisation;
    }
}

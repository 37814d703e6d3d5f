package nl.ptvt.academy.organisation;

import java.util.List;

/** The people of an organisation, for coordinators who enrol colleagues by picking them from a list. */
public interface OrganisationMembers {

    /** The most members {@link #find} returns; a longer list is narrowed by searching on name. */
    int MAX_RESULTS = 100;

    /**
     * Active accounts of an organisation whose name or e-mail address contains the query (any when blank), sorted
     * by name; at most {@link #MAX_RESULTS}. A coordinator sees their own organisation only (passing null means
     * their own); an administrator names the organisation.
     *
     * @throws nl.ptvt.academy.shared.AccessRefusedException when a coordinator asks for another organisation, or is
     *                                                        in none
     * @throws nl.ptvt.academy.shared.BusinessRuleException  when an administrator names no organisation
     */
    List<OrganisationMember> find(Long organisationId, String query);
}

package nl.ptvt.academy.organisation;

/** An active account of an organisation, as a coordinator picks colleagues from a list. */
public record OrganisationMember(long id, String name, String email) {
}

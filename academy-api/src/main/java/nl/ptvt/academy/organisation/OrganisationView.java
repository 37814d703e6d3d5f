package nl.ptvt.academy.organisation;

/** An organisation as every feature and client sees it. */
public record OrganisationView(long id, String name, OrganisationType type, Province province) {
}

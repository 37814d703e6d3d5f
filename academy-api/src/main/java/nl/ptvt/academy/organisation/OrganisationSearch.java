package nl.ptvt.academy.organisation;

/** Filters for the organisation directory; every part is optional (null means "any"). */
public record OrganisationSearch(String query, Province province, OrganisationType type) {

    public static OrganisationSearch any() {
        return new OrganisationSearch(null, null, null);
    }
}

package nl.ptvt.academy.catalogue;

/** What a visitor searches the catalogue for; every part is optional. */
public record CatalogueSearch(String query, String theme, CourseFormat format, Audience audience,
                              ProgrammeLine programmeLine, CatalogueSort sort) {

    public static CatalogueSearch everything() {
        return new CatalogueSearch(null, null, null, null, null, CatalogueSort.TITLE);
    }
}

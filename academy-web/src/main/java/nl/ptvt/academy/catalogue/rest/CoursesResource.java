package nl.ptvt.academy.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** The public catalogue. Writing courses is {@code nl.ptvt.academy.authoring.rest.CourseAuthoringResource}, at the same path. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Catalogue catalogue;

    @GET
    @PermitAll
    public Page<CourseSummary> search(@QueryParam("q") String query, @QueryParam("theme") String theme,
                                      @QueryParam("format") String format, @QueryParam("audience") String audience,
                                      @QueryParam("programmeLine") String programmeLine, @QueryParam("sort") String sort,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        CatalogueSort order = QueryParameters.optionalEnum("sort", sort, CatalogueSort.class);
        CatalogueSearch search = new CatalogueSearch(query, theme == null || theme.isBlank() ? null : theme.strip(),
                QueryParameters.optionalEnum("format", format, CourseFormat.class),
                QueryParameters.optionalEnum("audience", audience, Audience.class),
                QueryParameters.optionalEnum("programmeLine", programmeLine, ProgrammeLine.class),
                order == null ? CatalogueSort.TITLE : order);
        return catalogue.search(search, QueryParameters.page(page, size));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public CourseDetail get(@PathParam("id") long id) {
        return catalogue.course(id);
    }
}

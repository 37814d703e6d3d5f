package nl.ptvt.academy.authoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.ptvt.academy.authoring.CourseAuthor;
import nl.ptvt.academy.authoring.CourseAuthors;
import nl.ptvt.academy.identity.Role;

/** The authors of a course (its authors and administrators); every answer is the list as it now is. */
@Path("courses/{id}/authors")
@Produces(MediaType.APPLICATION_JSON)
public class CourseAuthorsResource {

    @Inject
    CourseAuthors courseAuthors;

    @GET
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public List<CourseAuthor> authors(@PathParam("id") long id) {
        return courseAuthors.authors(id);
    }

    @PUT
    @Path("{accountId}")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public List<CourseAuthor> add(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        return courseAuthors.addAuthor(id, accountId);
    }

    @DELETE
    @Path("{accountId}")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public List<CourseAuthor> remove(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        return courseAuthors.removeAuthor(id, accountId);
    }
}

package nl.ptvt.academy.authoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.identity.Role;

/** The lessons of a course's module (authors and administrators). */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    CourseAuthoring authoring;

    @POST
    @Path("{id}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response addLesson(@PathParam("id") long id, @NotNull @Valid NewLesson lesson) {
        CourseDetail.LessonView added = authoring.addLesson(id, lesson);
        // no Location: a lesson has no address of its own; it is read as part of GET /courses/{id}
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}

package nl.ptvt.academy.authoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.ptvt.academy.authoring.AuthoredLesson;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.LessonPlacement;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.identity.Role;

/**
 * A course's lessons as its authors edit them (the course's authors and administrators). Learners read lessons
 * as part of {@code GET /courses/{id}}, without correct answers or feedback.
 */
@Path("lessons")
@Produces(MediaType.APPLICATION_JSON)
public class LessonsResource {

    @Inject
    CourseAuthoring authoring;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public AuthoredLesson get(@PathParam("id") long id) {
        return authoring.lesson(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public AuthoredLesson update(@PathParam("id") long id, @NotNull @Valid NewLesson lesson) {
        return authoring.updateLesson(id, lesson);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public void remove(@PathParam("id") long id) {
        authoring.removeLesson(id);
    }

    @PUT
    @Path("{id}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public AuthoredLesson place(@PathParam("id") long id, @NotNull @Valid LessonPlacement placement) {
        return authoring.moveLesson(id, placement);
    }
}

package nl.ptvt.academy.authoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.LessonOrder;
import nl.ptvt.academy.authoring.NewLesson;
import nl.ptvt.academy.authoring.NewModule;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.identity.Role;

/** A course's modules and their lessons (the course's authors and administrators). */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    CourseAuthoring authoring;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public CourseDetail.ModuleView get(@PathParam("id") long id) {
        return authoring.module(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public CourseDetail.ModuleView rename(@PathParam("id") long id, @NotNull @Valid NewModule module) {
        return authoring.renameModule(id, module);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public void remove(@PathParam("id") long id) {
        authoring.removeModule(id);
    }

    @POST
    @Path("{id}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response addLesson(@PathParam("id") long id, @NotNull @Valid NewLesson lesson) {
        CourseDetail.LessonView added = authoring.addLesson(id, lesson);
        return Response.created(uri.getBaseUriBuilder().path("lessons").path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("{id}/lessons/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public CourseDetail.ModuleView reorderLessons(@PathParam("id") long id, @NotNull @Valid LessonOrder order) {
        return authoring.reorderLessons(id, order);
    }
}

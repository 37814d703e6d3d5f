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
import java.util.List;
import nl.ptvt.academy.authoring.CourseAuthoring;
import nl.ptvt.academy.authoring.CourseDetails;
import nl.ptvt.academy.authoring.ModuleOrder;
import nl.ptvt.academy.authoring.NewModule;
import nl.ptvt.academy.authoring.PublicationRecord;
import nl.ptvt.academy.authoring.PublicationResult;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.identity.Role;

/**
 * Writing courses (authors and administrators). Shares the path {@code courses} with the public catalogue
 * ({@code nl.ptvt.academy.catalogue.rest.CoursesResource}); JAX-RS merges the two.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseAuthoringResource {

    @Inject
    CourseAuthoring authoring;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response create(@NotNull @Valid CourseDetails details) {
        CourseDetail created = authoring.create(details);
        return Response.created(uri.getBaseUriBuilder().path("courses").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public CourseDetail update(@PathParam("id") long id, @NotNull @Valid CourseDetails details) {
        return authoring.update(id, details);
    }

    @POST
    @Path("{id}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response addModule(@PathParam("id") long id, @NotNull @Valid NewModule module) {
        CourseDetail.ModuleView added = authoring.addModule(id, module);
        return Response.created(uri.getBaseUriBuilder().path("modules").path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("{id}/modules/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public CourseDetail reorderModules(@PathParam("id") long id, @NotNull @Valid ModuleOrder order) {
        return authoring.reorderModules(id, order);
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public PublicationResult publish(@PathParam("id") long id) {
        return authoring.publish(id);
    }

    @DELETE
    @Path("{id}/publication")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public PublicationResult archive(@PathParam("id") long id) {
        return authoring.archive(id);
    }

    @GET
    @Path("{id}/publications")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public List<PublicationRecord> history(@PathParam("id") long id) {
        return authoring.history(id);
    }
}

package nl.ptvt.academy.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;

/** Scheduling a session of a course. Shares the path {@code courses} with the other course resources. */
@Path("courses")
public class CourseSessionsResource {

    @Inject
    Sessions sessions;

    @Context
    UriInfo uri;

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response schedule(@PathParam("id") long courseId, @NotNull @Valid ScheduleSession details) {
        SessionView session = sessions.schedule(courseId, details);
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(Long.toString(session.id())).build())
                .entity(session).build();
    }
}

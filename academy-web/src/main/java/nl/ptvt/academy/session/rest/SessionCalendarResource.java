package nl.ptvt.academy.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.session.Sessions;

/**
 * A session as an iCalendar file, for the people booked on it (also those waiting), its trainers and administrators.
 * A resource of its own under {@code sessions/{id}}: its path is more specific than {@link SessionsResource}'s.
 */
@Path("sessions/{id}/calendar.ics")
public class SessionCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    Sessions sessions;

    @GET
    @Produces(TEXT_CALENDAR)
    @RolesAllowed(Role.Names.LEARNER)
    public Response calendar(@PathParam("id") long sessionId) {
        return Response.ok(sessions.calendar(sessionId), TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"sessie-" + sessionId + ".ics\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

package nl.ptvt.academy.session.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.BookingLine;
import nl.ptvt.academy.session.CancelSession;
import nl.ptvt.academy.session.GroupBooking;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.InvalidParameterException;
import nl.ptvt.academy.shared.rest.JsonSettings;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** Scheduled sessions: the public list, one session, booking seats, changing and cancelling a session. */
@Path("sessions")
public class SessionsResource {

    @Inject
    Sessions sessions;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Page<SessionView> list(@QueryParam("courseId") String courseId, @QueryParam("province") String province,
                                  @QueryParam("theme") String theme, @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        SessionFilter filter = new SessionFilter(QueryParameters.optionalId("courseId", courseId),
                QueryParameters.optionalEnum("province", province, Province.class),
                QueryParameters.optionalInstant("from", from), QueryParameters.optionalInstant("to", to),
                themeCode(theme));
        return sessions.list(filter, QueryParameters.page(page, size));
    }

    /** A theme's code as typed; an unknown code simply matches no session. */
    private static String themeCode(String theme) {
        if (theme == null || theme.isBlank()) {
            return null;
        }
        if (theme.strip().length() > 40) {
            throw new InvalidParameterException("theme", "must be a theme code of at most 40 characters");
        }
        return theme.strip();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public SessionView find(@PathParam("id") long sessionId) {
        return sessions.find(sessionId);
    }

    /**
     * Without a body (or with {@code {}}) the caller books themself; with {@code {"participants":[...]}} a
     * coordinator books people of their organisation. The body may be absent, so it is read and validated here.
     */
    @POST
    @Path("{id}/bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    public Response book(@PathParam("id") long sessionId, String body) {
        Response.ResponseBuilder answer = Response.created(uri.getBaseUriBuilder().path("me/bookings").build());
        if (body == null || body.isBlank() || body.replaceAll("\\s", "").equals("{}")) {
            BookingLine line = sessions.bookMe(sessionId);
            return (line.created() ? answer : Response.ok()).entity(List.of(line)).build();
        }
        GroupBooking people = JsonSettings.read(body, GroupBooking.class);
        Set<ConstraintViolation<GroupBooking>> violations = validator.validate(people);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return answer.entity(sessions.bookPeople(sessionId, people)).build();
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public SessionView cancel(@PathParam("id") long sessionId, @NotNull @Valid CancelSession cancellation) {
        return sessions.cancel(sessionId, cancellation);
    }

    /** The whole schedule again (as when scheduling); time or place changes are mailed to the people booked. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public SessionView change(@PathParam("id") long sessionId, @NotNull @Valid ScheduleSession details) {
        return sessions.change(sessionId, details);
    }
}

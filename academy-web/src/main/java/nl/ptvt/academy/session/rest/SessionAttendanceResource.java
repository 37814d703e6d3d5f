package nl.ptvt.academy.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.session.AttendanceRecord;
import nl.ptvt.academy.session.SessionAttendance;
import nl.ptvt.academy.session.SessionParticipants;

/**
 * The trainer's side of a session: its participants, their attendance, and the sign-in sheet. Rooted at
 * {@code sessions} like {@link SessionsResource} (Jersey merges the two): a root of {@code sessions/{id}} would match
 * every address below a session and hide that resource's methods.
 */
@Path("sessions")
public class SessionAttendanceResource {

    static final String PDF = "application/pdf";

    @Inject
    SessionAttendance attendance;

    @GET
    @Path("{id}/participants")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public SessionParticipants participants(@PathParam("id") long sessionId) {
        return attendance.participants(sessionId);
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public SessionParticipants record(@PathParam("id") long sessionId, @NotNull @Valid List<@NotNull @Valid AttendanceRecord> records) {
        return attendance.recordAttendance(sessionId, records);
    }

    @GET
    @Path("{id}/sign-in-sheet.pdf")
    @Produces(PDF)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Response signInSheet(@PathParam("id") long sessionId) {
        SessionParticipants session = attendance.participants(sessionId);
        return Response.ok(SignInSheetPdf.of(session), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + SignInSheetPdf.fileName(session) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}

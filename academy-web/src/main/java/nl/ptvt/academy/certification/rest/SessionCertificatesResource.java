package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.SessionCertificates;
import nl.ptvt.academy.identity.Role;

/** Issuing for all attendees of a session at once. Rooted at {@code sessions} like the session resources (Jersey merges them). */
@Path("sessions")
public class SessionCertificatesResource {

    @Inject
    Certificates certificates;

    @POST
    @Path("{id}/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public SessionCertificates issue(@PathParam("id") long sessionId) {
        return certificates.issueForSession(sessionId);
    }
}

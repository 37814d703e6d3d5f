package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.certification.export.CertificateExports;
import nl.ptvt.academy.certification.export.CertificateZip;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.job.rest.JobsResource;

/**
 * A session's certificates: issuing for all its attendees at once, and a ZIP of those earned there. Rooted at
 * {@code sessions} like the session resources (Jersey merges them).
 */
@Path("sessions")
public class SessionCertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    OpenBadgeCredentials badges;

    @Inject
    CertificateExports exports;

    @Context
    UriInfo uri;

    /** Runs in the background: 202 and the job to follow ({@code produced} = certificates issued). */
    @POST
    @Path("{id}/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Response issue(@PathParam("id") long sessionId) {
        return JobsResource.accepted(uri.getBaseUriBuilder(), certificates.startIssueForSession(sessionId));
    }

    @GET
    @Path("{id}/certificates.zip")
    @Produces(CertificateZip.MEDIA_TYPE)
    @RolesAllowed(Role.Names.ADMIN)
    public Response zip(@PathParam("id") long sessionId) {
        return StreamedZip.of(page -> certificates.sessionDocuments(sessionId, page), badges, "certificaten-sessie-" + sessionId + ".zip");
    }

    /** The same ZIP made by a background job: 202 and the job to follow. */
    @POST
    @Path("{id}/certificates/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public Response export(@PathParam("id") long sessionId) {
        return JobsResource.accepted(uri.getBaseUriBuilder(), exports.startSession(sessionId));
    }
}

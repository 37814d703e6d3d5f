package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.certification.export.CertificateExports;
import nl.ptvt.academy.certification.export.CertificateZip;
import nl.ptvt.academy.job.rest.JobsResource;
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.ManualIssue;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** A course's certificates: the list and a ZIP of them for its authors and administrators, and an administrator's manual issue. */
@Path("courses")
public class CourseCertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    OpenBadgeCredentials badges;

    @Inject
    CertificateExports exports;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Page<CourseCertificate> list(@PathParam("id") long courseId, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return certificates.ofCourse(courseId, QueryParameters.page(page, size));
    }

    /**
     * The course's valid certificates (expired ones included) in one ZIP, each as its PDF and its Open Badges credential,
     * streamed page by page. The first page is read before anything is written, so a refusal is still a problem
     * response. Pages use the background job below, which shows its progress.
     */
    @GET
    @Path("{id}/certificates.zip")
    @Produces(CertificateZip.MEDIA_TYPE)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response zip(@PathParam("id") long courseId) {
        return StreamedZip.of(page -> certificates.courseDocuments(courseId, page), badges, "certificaten-cursus-" + courseId + ".zip");
    }

    /** The same ZIP made by a background job: 202 and the job to follow; its result is the ZIP. */
    @POST
    @Path("{id}/certificates/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response export(@PathParam("id") long courseId) {
        return JobsResource.accepted(uri.getBaseUriBuilder(), exports.startCourse(courseId));
    }

    @POST
    @Path("{id}/certificates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public Response issue(@PathParam("id") long courseId, @NotNull @Valid ManualIssue issue) {
        CourseCertificate issued = certificates.issue(courseId, issue);
        return Response.created(uri.getBaseUriBuilder().path("certificates").path(issued.code()).path("verification").build())
                .entity(issued).build();
    }
}

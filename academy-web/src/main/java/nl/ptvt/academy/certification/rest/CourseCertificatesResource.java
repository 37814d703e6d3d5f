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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jakarta.ws.rs.core.StreamingOutput;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.pdf.CertificatePdf;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.ManualIssue;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** A course's certificates: the list and a ZIP of their PDFs for its authors and administrators, and an administrator's manual issue. */
@Path("courses")
public class CourseCertificatesResource {

    static final String ZIP = "application/zip";

    @Inject
    Certificates certificates;

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
     * The PDFs of the course's valid certificates (expired ones included) in one ZIP, streamed page by page so that
     * thousands of certificates never sit in memory at once. The first page is read before anything is written, so a
     * refusal is still a problem response.
     */
    @GET
    @Path("{id}/certificates.zip")
    @Produces(ZIP)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response zip(@PathParam("id") long courseId) {
        Page<CertificateDocument> first = certificates.courseDocuments(courseId, new PageRequest(0, PageRequest.MAX_SIZE));
        StreamingOutput body = output -> {
            ZipOutputStream zip = new ZipOutputStream(output);
            Page<CertificateDocument> page = first;
            while (true) {
                for (CertificateDocument document : page.items()) {
                    zip.putNextEntry(new ZipEntry(CertificatePdf.fileName(document)));
                    zip.write(CertificatePdf.of(document));
                    zip.closeEntry();
                }
                if ((long) (page.page() + 1) * page.size() >= page.total() || page.items().isEmpty()) {
                    break;
                }
                page = certificates.courseDocuments(courseId, new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
            }
            zip.finish();
        };
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"certificaten-cursus-" + courseId + ".zip\"")
                .header("Cache-Control", "no-store").build();
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

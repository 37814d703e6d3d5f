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
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.ManualIssue;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** A course's certificates: the list for its authors and administrators, and an administrator's manual issue. */
@Path("courses")
public class CourseCertificatesResource {

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

package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.certification.CertificateVerification;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.Revocation;
import nl.ptvt.academy.certification.web.VerificationThrottle;
import nl.ptvt.academy.identity.Role;

/** A certificate by its code: public verification (rate-limited per client), and revocation and reissue by administrators. */
@Path("certificates")
public class CertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    VerificationThrottle throttle;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Path("{code}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response verify(@PathParam("code") String code) {
        throttle.check(request.getRemoteAddr());
        return Response.ok(certificates.verify(code)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public CertificateVerification revoke(@PathParam("code") String code, @NotNull @Valid Revocation revocation) {
        return certificates.revoke(code, revocation);
    }

    @POST
    @Path("{code}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public Response reissue(@PathParam("code") String code, @NotNull @Valid Revocation reason) {
        CourseCertificate issued = certificates.reissue(code, reason);
        return Response.created(verification(issued.code())).entity(issued).build();
    }

    private java.net.URI verification(String code) {
        return uri.getBaseUriBuilder().path("certificates").path(code).path("verification").build();
    }
}

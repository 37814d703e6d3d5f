package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.MyCertificate;
import nl.ptvt.academy.certification.pdf.CertificatePdf;
import nl.ptvt.academy.identity.Role;

/** The caller's own certificates and their PDF; another person's code is not found. */
@Path("me/certificates")
public class MyCertificatesResource {

    static final String PDF = "application/pdf";

    @Inject
    Certificates certificates;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    public List<MyCertificate> mine() {
        return certificates.mine();
    }

    @GET
    @Path("{code}/pdf")
    @Produces(PDF)
    @RolesAllowed(Role.Names.LEARNER)
    public Response pdf(@PathParam("code") String code) {
        CertificateDocument document = certificates.myDocument(code);
        return Response.ok(CertificatePdf.of(document), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + CertificatePdf.fileName(document) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}

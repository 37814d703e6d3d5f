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
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.certification.pdf.CertificatePdf;
import nl.ptvt.academy.identity.Role;

/** The caller's own certificates, their PDF and their Open Badges credential; another person's code is not found. */
@Path("me/certificates")
public class MyCertificatesResource {

    static final String PDF = "application/pdf";
    /** A VC-JWT, as the VC-JOSE-COSE specification registers it. */
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    Certificates certificates;

    @Inject
    OpenBadgeCredentials badges;

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

    @GET
    @Path("{code}/badge")
    @Produces(VC_JWT)
    @RolesAllowed(Role.Names.LEARNER)
    public Response badge(@PathParam("code") String code) {
        CertificateDocument document = certificates.myDocument(code);
        String fileName = CertificatePdf.fileName(document).replaceAll("\\.pdf$", ".jwt");
        return Response.ok(badges.signedCredential(document), VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}

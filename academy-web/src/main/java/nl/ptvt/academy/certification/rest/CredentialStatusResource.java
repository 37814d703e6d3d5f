package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.certification.BadgeIssuer;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * The revocation status list the credentials' {@code credentialStatus} points at: a W3C BitstringStatusListCredential,
 * signed as a VC-JWT with the same key as the credentials, so a verifier checks it the same way.
 */
@Path("credentials/status")
public class CredentialStatusResource {

    /** VC-JOSE-COSE's media type of a VC 2.0 credential secured as a JWT. */
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    BadgeIssuer issuer;

    @GET
    @Path("{number}")
    @Produces(VC_JWT)
    @PermitAll
    public Response statusList(@PathParam("number") int number) {
        String list = issuer.revocationStatusList(number)
                .orElseThrow(() -> new ResourceNotFoundException("status-list.not-found", "There is no status list " + number));
        // a revocation reaches verifiers that cache the list within a minute; the verification endpoint shows it at once
        return Response.ok(list, VC_JWT).header("Cache-Control", "public, max-age=60").build();
    }
}

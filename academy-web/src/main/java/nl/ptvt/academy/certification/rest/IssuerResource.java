package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.certification.BadgeIssuer;

/** The Academy's Open Badges issuer Profile: the {@code issuer.id} of every credential resolves here. */
@Path("issuer")
public class IssuerResource {

    @Inject
    BadgeIssuer issuer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response profile() {
        return Response.ok(issuer.issuerProfile(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", SigningKeysResource.CACHE_FIVE_MINUTES)
                .build();
    }
}

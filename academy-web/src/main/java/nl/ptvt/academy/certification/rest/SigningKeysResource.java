package nl.ptvt.academy.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.certification.BadgeIssuer;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * A public key that signs Open Badges credentials, as the bare JWK that a credential's {@code kid} URL must return.
 * All of them together are at {@code /.well-known/jwks.json} ({@link PublishedKeysServlet}).
 */
@Path("keys")
public class SigningKeysResource {

    static final String CACHE_FIVE_MINUTES = "public, max-age=300";

    @Inject
    BadgeIssuer issuer;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response key(@PathParam("id") String id) {
        String key = issuer.publicKey(id)
                .orElseThrow(() -> new ResourceNotFoundException("key.not-found", "There is no published signing key with id " + id));
        return Response.ok(key, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", CACHE_FIVE_MINUTES)
                .build();
    }
}

package nl.ptvt.academy.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.identity.AccessToken;
import nl.ptvt.academy.identity.AccessTokens;
import nl.ptvt.academy.identity.Credentials;

@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    AccessTokens accessTokens;

    /** The token response in OAuth 2 style. */
    public record TokenResponse(
            @JsonbProperty("access_token") String accessToken,
            @JsonbProperty("token_type") String tokenType,
            @JsonbProperty("expires_in") long expiresIn) {
    }

    @POST
    @PermitAll
    public Response issue(@NotNull @Valid Credentials credentials) {
        AccessToken token = accessTokens.issue(credentials);
        return Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresInSeconds()))
                .header("Cache-Control", "no-store").build();
    }
}

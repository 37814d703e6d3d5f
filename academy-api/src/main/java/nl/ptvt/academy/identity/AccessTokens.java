package nl.ptvt.academy.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** Bearer tokens for the REST API: signed JWTs in the MicroProfile JWT format. */
public interface AccessTokens {

    /**
     * @throws nl.ptvt.academy.shared.AuthenticationFailedException on a wrong e-mail address or password
     * @throws nl.ptvt.academy.shared.TooManyAttemptsException after repeated failures for this account
     */
    AccessToken issue(@NotNull @Valid Credentials credentials);

    /** The caller a token belongs to, or empty when it is forged, expired, or its account is deactivated. */
    Optional<AuthenticatedCaller> verify(String token);
}

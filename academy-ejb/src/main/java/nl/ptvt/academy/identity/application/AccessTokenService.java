package nl.ptvt.academy.identity.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ptvt.academy.identity.AccessToken;
import nl.ptvt.academy.identity.AccessTokens;
import nl.ptvt.academy.identity.AuthenticatedCaller;
import nl.ptvt.academy.identity.Credentials;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.infrastructure.TokenSigningKey;
import nl.ptvt.academy.shared.AuthenticationFailedException;
import nl.ptvt.academy.shared.TooManyAttemptsException;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * Issues and checks the REST API's bearer tokens: RS256-signed JWTs with the MicroProfile JWT claims
 * ({@code iss}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}). A token is
 * checked against the account on every request, so roles withdrawn and accounts deactivated take effect at once.
 */
@Stateless
@PermitAll
public class AccessTokenService implements AccessTokens {

    @Inject
    Authenticator authenticator;

    @Inject
    AccountRepository accounts;

    @Inject
    TokenSigningKey signingKey;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    @Override
    public AccessToken issue(Credentials credentials) {
        AuthenticationOutcome outcome = authenticator.authenticate(credentials.email(), credentials.password());
        if (outcome instanceof AuthenticationOutcome.Throttled throttled) {
            throw new TooManyAttemptsException("login.throttled",
                    "Too many failed logins for this account; try again later", throttled.retryAfter());
        }
        if (!(outcome instanceof AuthenticationOutcome.Authenticated authenticated)) {
            throw new AuthenticationFailedException("login.invalid", "Wrong e-mail address or password");
        }
        Account account = accounts.findById(authenticated.accountId()).orElseThrow();
        return new AccessToken(sign(account, authenticated.groups()), settings.tokenLifetimeSeconds());
    }

    private String sign(Account account, Set<String> groups) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.baseUrl())
                .subject(account.id().toString())
                .claim("upn", account.email().address())
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(settings.tokenLifetimeSeconds())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.key().getKeyID()).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(signingKey.key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }

    @Override
    public Optional<AuthenticatedCaller> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor().process(token, null);
            long accountId = Long.parseLong(claims.getSubject());
            return accounts.findById(accountId).filter(Account::isActive)
                    .map(account -> new AuthenticatedCaller(accountId, Authenticator.groupsOf(account)));
        } catch (ParseException | BadJOSEException | JOSEException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Pins RS256 and our key, and requires issuer, subject, issue and expiry times. */
    private DefaultJWTProcessor<SecurityContext> processor() {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(new JWKSet(signingKey.key().toPublicJWK()))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(settings.baseUrl()).build(),
                Set.of("sub", "exp", "iat", "jti")));
        return processor;
    }
}

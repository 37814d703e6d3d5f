package nl.ptvt.academy.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.ptvt.academy.identity.AccessTokens;
import nl.ptvt.academy.identity.AuthenticatedCaller;

/**
 * The application's single authentication mechanism. {@code /api/*} is bearer-only and never creates or
 * reads a session (so a browser's session cookie cannot be used against the API: no CSRF hole); every other
 * path is handed to the form login.
 */
@ApplicationScoped
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute set when a bearer token was sent but is not valid. */
    public static final String INVALID_TOKEN = "nl.ptvt.academy.invalid-token";
    private static final String BEARER = "Bearer ";

    @Inject
    AccessTokens accessTokens;

    @Inject
    FormLoginMechanism formLogin;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return formLogin.validateRequest(request, response, context);
        }
        Optional<String> token = bearerToken(request);
        if (token.isEmpty()) {
            // Anonymous: public endpoints answer, protected ones refuse through @RolesAllowed (401).
            return context.doNothing();
        }
        Optional<AuthenticatedCaller> caller = accessTokens.verify(token.get());
        if (caller.isEmpty()) {
            // Refused by InvalidTokenFilter, inside JAX-RS, so the answer is a regular problem detail.
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(caller.get().principalName(), caller.get().groups());
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : formLogin.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            formLogin.cleanSubject(request, response, context);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim());
    }
}

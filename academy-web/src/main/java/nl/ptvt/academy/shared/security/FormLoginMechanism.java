package nl.ptvt.academy.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for the pages: the login page calls {@code SecurityContext.authenticate} with the typed
 * credentials; an anonymous visitor of a protected page is sent to {@code /inloggen} and back afterwards.
 * Typed to its own class so that Soteria still sees exactly one {@link HttpAuthenticationMechanism}.
 */
@ApplicationScoped
@Typed(FormLoginMechanism.class)
@AutoApplySession
@LoginToContinue(loginPage = "/inloggen", errorPage = "", useForwardToLogin = false)
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!context.isAuthenticationRequest() || credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID && request.getSession(false) != null) {
            // A new session id at login, so that an id planted before the login is worth nothing (fixation).
            request.changeSessionId();
        }
        return context.notifyContainerAboutLogin(result);
    }
}

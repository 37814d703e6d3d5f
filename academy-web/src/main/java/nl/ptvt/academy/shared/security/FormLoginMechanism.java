package nl.ptvt.academy.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form login for the pages: the login page calls {@code SecurityContext.authenticate} with the typed
 * credentials, and the session keeps the caller ({@link AutoApplySession}). An anonymous visitor of a protected
 * page is sent to {@code /inloggen?terug=<page>} and the login page sends them back there afterwards.
 * <p>
 * Not Soteria's {@code @LoginToContinue}: on the request it replays after the login, Payara 6.2025.10 knows the
 * caller's roles in the web layer but refuses every EJB call ("Client not authorized"), so the first page after
 * a login failed. Typed to its own class so that Soteria still sees exactly one mechanism.
 */
@ApplicationScoped
@Typed(FormLoginMechanism.class)
@AutoApplySession
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/inloggen";
    public static final String RETURN_PARAMETER = "terug";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID && request.getSession(false) != null) {
                // A new session id at login, so that an id planted before the login is worth nothing (fixation).
                request.changeSessionId();
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + returnParameter(request));
        }
        return context.doNothing();
    }

    /** Only a page fetched with GET can be returned to; a form post would be replayed without its data. */
    private static String returnParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            page += "?" + request.getQueryString();
        }
        return "?" + RETURN_PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }
}

package nl.ptvt.academy.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * Keeps a page session in step with its account, on every page request of a signed-in person:
 * <ul>
 * <li>a deactivated account, or one whose role was withdrawn, is signed out at once (the session's roles were
 * fixed at login; the REST API reads them per request anyway);</li>
 * <li>a person who signed in with a one-time password is taken to "Mijn account" until they have chosen their
 * own.</li>
 * </ul>
 * The account is read once per page request ({@link CurrentUser#refresh()}); the header then uses that copy.
 */
@WebFilter(filterName = "SignedInSessionFilter", urlPatterns = "/*")
public class SignedInSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String MY_ACCOUNT = "/mijn-account";
    static final String SIGNED_OUT = "/inloggen?afgemeld=true";
    private static final List<String> FREE_PREFIXES = List.of("/mijn-account", "/fout/");

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || isTechnical(request)) {
            chain.doFilter(request, response);
            return;
        }
        currentUser.refresh();
        if (currentUser.hasLostAccess(request)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        if (!isFree(request) && currentUser.isPasswordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + MY_ACCOUNT);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isTechnical(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.startsWith("/.well-known/");
    }

    private static boolean isFree(HttpServletRequest request) {
        String path = path(request);
        if (FREE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        // The logout button in the header posts to whatever page it is on.
        return "POST".equals(request.getMethod()) && request.getParameter("logout") != null;
    }
}

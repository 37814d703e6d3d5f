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
 * A person who signed in with a one-time password must choose their own before doing anything else: every page
 * request takes them to "Mijn account" until they have. The answer is cached in the session by {@link CurrentUser}.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ASKED_AGAIN = "nl.ptvt.academy.account-asked-again";
    static final String MY_ACCOUNT = "/mijn-account";
    private static final List<String> FREE_PREFIXES = List.of(
            "/mijn-account", "/jakarta.faces.resource/", "/resources/", "/api/", "/fout/");

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || isTechnical(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!currentUser.isKnown()) {
            if (askAgain(request, response)) {
                return;
            }
        } else {
            forgetAskedAgain(request);
        }
        if (!isFree(request) && currentUser.isPasswordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + MY_ACCOUNT);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * On the request that Soteria replays right after a login (LoginToContinue), the web layer knows the caller's
     * roles but Payara does not pass them to EJB calls, so the account cannot be read. The same address asked
     * once more, as an ordinary request of the now signed-in session, works; a session attribute prevents a loop.
     */
    private static boolean askAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (!"GET".equals(request.getMethod()) || session == null || session.getAttribute(ASKED_AGAIN) != null) {
            return false;
        }
        session.setAttribute(ASKED_AGAIN, Boolean.TRUE);
        String query = request.getQueryString();
        response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        return true;
    }

    private static void forgetAskedAgain(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ASKED_AGAIN) != null) {
            session.removeAttribute(ASKED_AGAIN);
        }
    }

    private static boolean isTechnical(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/");
    }

    private static boolean isFree(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || FREE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        // The logout button in the header posts to whatever page it is on.
        return "POST".equals(request.getMethod()) && request.getParameter("logout") != null;
    }
}

package nl.ptvt.academy.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A person who signed in with a one-time password must choose their own before doing anything else: every page
 * request takes them to "Mijn account" until they have. The answer is cached in the session by {@link CurrentUser}.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
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
        if (!isFree(request) && currentUser.isPasswordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + MY_ACCOUNT);
            return;
        }
        chain.doFilter(request, response);
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

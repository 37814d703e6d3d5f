package nl.ptvt.academy.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a {@link PageAddress} by forwarding to its view; forms on the page post back to the same address, so this
 * filter handles their requests too. Anything that cannot be a value of the address is not found, without a look-up.
 */
public abstract class PageAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    protected abstract PageAddress address();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String value = address().valueOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (value == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(address().viewOf(value)).forward(request, response);
    }
}

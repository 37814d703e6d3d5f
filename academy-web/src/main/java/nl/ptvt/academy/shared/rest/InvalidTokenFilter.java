package nl.ptvt.academy.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.ptvt.academy.shared.security.AcademyAuthenticationMechanism;

/**
 * A request with a bearer token that is forged, expired or belongs to a deactivated account is refused with
 * 401, even on public endpoints: a client that sends credentials must learn that they no longer work.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class InvalidTokenFilter implements ContainerRequestFilter {

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(AcademyAuthenticationMechanism.INVALID_TOKEN))) {
            Response problem = ProblemResponses.problem(Response.Status.UNAUTHORIZED, "invalid-token",
                    "The bearer token is invalid, has expired, or its account is deactivated", context.getUriInfo().getRequestUri().getPath());
            context.abortWith(Response.fromResponse(problem)
                    .header("WWW-Authenticate", "Bearer realm=\"PTvT Academy\", error=\"invalid_token\"").build());
        }
    }
}

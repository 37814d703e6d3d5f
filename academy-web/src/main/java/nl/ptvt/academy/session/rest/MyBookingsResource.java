package nl.ptvt.academy.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.session.BookingView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

@Path("me/bookings")
public class MyBookingsResource {

    @Inject
    Sessions sessions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    public Page<BookingView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.myBookings(QueryParameters.page(page, size));
    }
}

package nl.ptvt.academy.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.session.BookingView;
import nl.ptvt.academy.session.Sessions;

/** Cancelling a booking (oneself, a coordinator, or after the deadline an administrator or trainer). */
@Path("bookings")
public class BookingsResource {

    @Inject
    Sessions sessions;

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    public BookingView cancel(@PathParam("id") long bookingId) {
        return sessions.cancelBooking(bookingId);
    }
}

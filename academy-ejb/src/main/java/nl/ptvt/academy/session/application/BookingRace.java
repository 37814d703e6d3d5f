package nl.ptvt.academy.session.application;

import jakarta.ejb.ApplicationException;

/**
 * A parallel request (a registration, an invitation, another booking) made an account for an address that a group
 * booking was inviting. The transaction is rolled back; a new one finds that account.
 */
@ApplicationException(rollback = true)
class BookingRace extends RuntimeException {

    BookingRace(Throwable cause) {
        super("Overtaken by a parallel request", cause, false, false);
    }
}

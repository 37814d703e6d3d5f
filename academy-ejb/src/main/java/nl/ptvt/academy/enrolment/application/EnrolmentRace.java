package nl.ptvt.academy.enrolment.application;

import jakarta.ejb.ApplicationException;

/**
 * A parallel request enrolled the same person in the same course between our look-up and our insert (the unique
 * key refused ours). The transaction is rolled back; a new one finds the winner's enrolment.
 */
@ApplicationException(rollback = true)
class EnrolmentRace extends RuntimeException {

    EnrolmentRace(Throwable cause) {
        super("Enrolled by a parallel request", cause, false, false);
    }
}

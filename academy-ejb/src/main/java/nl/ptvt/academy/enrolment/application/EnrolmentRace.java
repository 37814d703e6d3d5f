package nl.ptvt.academy.enrolment.application;

import jakarta.ejb.ApplicationException;

/**
 * A parallel request got in between our look-up and our insert: it enrolled the same person in the same course (the
 * unique key refused ours), or made an account for an address we were inviting. The transaction is rolled back; a
 * new one finds the winner's enrolment or account.
 */
@ApplicationException(rollback = true)
class EnrolmentRace extends RuntimeException {

    EnrolmentRace(Throwable cause) {
        super("Overtaken by a parallel request", cause, false, false);
    }
}

package nl.ptvt.academy.certification.application;

import jakarta.ejb.ApplicationException;

/**
 * A parallel transaction issued a certificate for the same person and course between our look-up and our insert
 * (the unique {@code current_key} refused ours). The transaction is rolled back; a new one finds the winner's.
 */
@ApplicationException(rollback = true)
public class CertificateRace extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CertificateRace(Throwable cause) {
        super("Overtaken by a parallel issue", cause, false, false);
    }
}

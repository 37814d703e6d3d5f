package nl.ptvt.academy.shared;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (for example: not their own organisation): 403. */
@ApplicationException(rollback = true)
public class AccessRefusedException extends AcademyException {

    public AccessRefusedException(String code, String detail) {
        super(code, detail);
    }
}

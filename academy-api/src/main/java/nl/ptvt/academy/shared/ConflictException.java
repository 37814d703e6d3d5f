package nl.ptvt.academy.shared;

import jakarta.ejb.ApplicationException;

/** The request clashes with the current state, such as a duplicate e-mail address: 409. */
@ApplicationException(rollback = true)
public class ConflictException extends AcademyException {

    public ConflictException(String code, String detail) {
        super(code, detail);
    }
}

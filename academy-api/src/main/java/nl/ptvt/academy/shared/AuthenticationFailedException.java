package nl.ptvt.academy.shared;

import jakarta.ejb.ApplicationException;

/** Credentials were wrong or the account cannot sign in: 401. */
@ApplicationException(rollback = true)
public class AuthenticationFailedException extends AcademyException {

    public AuthenticationFailedException(String code, String detail) {
        super(code, detail);
    }
}

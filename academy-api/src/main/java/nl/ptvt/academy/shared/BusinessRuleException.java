package nl.ptvt.academy.shared;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but breaks a domain rule: 422. */
@ApplicationException(rollback = true)
public class BusinessRuleException extends AcademyException {

    public BusinessRuleException(String code, String detail) {
        super(code, detail);
    }
}

package nl.ptvt.academy.shared;

import jakarta.ejb.ApplicationException;

/** Something that was asked for does not exist (or is not visible to the caller): 404. */
@ApplicationException(rollback = true)
public class ResourceNotFoundException extends AcademyException {

    public ResourceNotFoundException(String code, String detail) {
        super(code, detail);
    }
}

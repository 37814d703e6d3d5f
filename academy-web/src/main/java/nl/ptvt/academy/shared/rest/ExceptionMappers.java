package nl.ptvt.academy.shared.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import nl.ptvt.academy.shared.AcademyException;

/** One mapper per exception family, all delegating to {@link ProblemMapper}. */
final class ExceptionMappers {

    private ExceptionMappers() {
    }

    @Provider
    public static class AnyFailure extends ProblemMapper.Base<Throwable> {
    }

    @Provider
    public static class Academy extends ProblemMapper.Base<AcademyException> {
    }

    @Provider
    public static class Validation extends ProblemMapper.Base<ValidationException> {
    }

    @Provider
    public static class ConstraintViolation extends ProblemMapper.Base<ConstraintViolationException> {
    }

    @Provider
    public static class Web extends ProblemMapper.Base<WebApplicationException> {
    }

    @Provider
    public static class Processing extends ProblemMapper.Base<ProcessingException> {
    }

    @Provider
    public static class Json extends ProblemMapper.Base<JsonbException> {
    }

    @Provider
    public static class Ejb extends ProblemMapper.Base<EJBException> {
    }

    @Provider
    public static class InvalidParameter extends ProblemMapper.Base<InvalidParameterException> {
    }
}

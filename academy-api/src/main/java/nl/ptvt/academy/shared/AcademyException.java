package nl.ptvt.academy.shared;

/**
 * Base of the exceptions a service throws on purpose. The {@code code} is stable and machine-readable (the
 * web layer looks up a translated text by it); the message is an English detail for logs and API clients.
 */
public abstract class AcademyException extends RuntimeException {

    private final String code;

    protected AcademyException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

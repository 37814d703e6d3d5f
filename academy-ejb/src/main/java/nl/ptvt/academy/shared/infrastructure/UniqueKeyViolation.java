package nl.ptvt.academy.shared.infrastructure;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLException;

/**
 * Recognises a unique-key violation from the database, so that two parallel requests racing for the same key
 * get a friendly 409 instead of a 500 (the check before the insert cannot see the other transaction).
 */
public final class UniqueKeyViolation {

    private UniqueKeyViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            // SQLSTATE 23xxx: integrity constraint violation (H2 reports 23505 for unique keys).
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

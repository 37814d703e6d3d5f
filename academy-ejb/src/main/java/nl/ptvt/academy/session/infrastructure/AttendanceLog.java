package nl.ptvt.academy.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;
import nl.ptvt.academy.session.SessionAttended;

/** Writes every committed "attended" to the log: a trace for support until certificates listen to the event. */
@ApplicationScoped
public class AttendanceLog {

    private static final Logger LOG = Logger.getLogger(AttendanceLog.class.getName());

    void attended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionAttended attended) {
        LOG.info(() -> "Account " + attended.accountId() + " attended session " + attended.sessionId() + " of course "
                + attended.courseId() + " (booking " + attended.bookingId() + ", " + attended.attendedAt() + ")");
    }
}

package nl.ptvt.academy.enrolment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;
import nl.ptvt.academy.enrolment.CourseCompleted;

/** Writes every completed course to the log, once it is committed: a trace for support until certificates exist. */
@ApplicationScoped
public class CompletionLog {

    private static final Logger LOG = Logger.getLogger(CompletionLog.class.getName());

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        LOG.info(() -> "Course " + completed.courseId() + " (version id " + completed.courseVersionId() + ") completed by account "
                + completed.accountId() + " at " + completed.completedAt() + ", enrolment " + completed.enrolmentId());
    }
}

package nl.ptvt.academy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.certification.application.CertificateIssuer;
import nl.ptvt.academy.certification.application.CertificateRace;
import nl.ptvt.academy.enrolment.CourseCompleted;
import nl.ptvt.academy.session.SessionAttended;

/**
 * Issues certificates when a course is completed or a session attended, once that is committed. A parallel event for
 * the same person and course may win the race for the one valid certificate; the loser tries once more in a new
 * transaction, finds the winner's certificate and issues nothing. A failure is logged and never reaches the learner,
 * whose completion stands; an administrator can still issue the certificate by hand.
 */
@ApplicationScoped
public class CertificateTriggers {

    private static final Logger LOG = Logger.getLogger(CertificateTriggers.class.getName());

    @Inject
    CertificateIssuer issuer;

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        issueOnce("enrolment " + completed.enrolmentId(), () -> issuer.completed(completed));
    }

    void attended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionAttended attended) {
        issueOnce("booking " + attended.bookingId(), () -> issuer.attended(attended));
    }

    private static void issueOnce(String trigger, Supplier<Optional<String>> issue) {
        for (int attempt = 1; ; attempt++) {
            try {
                issue.get().ifPresent(code -> LOG.info(() -> "Certificate " + code + " issued for " + trigger));
                return;
            } catch (CertificateRace race) {
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "No certificate for " + trigger + ": overtaken twice", race);
                    return;
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, "No certificate for " + trigger, failure);
                return;
            }
        }
    }
}

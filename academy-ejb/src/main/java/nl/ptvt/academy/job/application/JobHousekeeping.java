package nl.ptvt.academy.job.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.job.domain.BackgroundJob;
import nl.ptvt.academy.job.domain.BackgroundJobRepository;
import nl.ptvt.academy.shared.infrastructure.ReminderTick;

/**
 * On every tick of the reminder clock: a job that stopped reporting (its instance went down) is marked failed, so its
 * page stops waiting; a result older than the retention time is deleted, since ZIPs of certificates hold personal data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobHousekeeping {

    private static final Logger LOG = Logger.getLogger(JobHousekeeping.class.getName());

    @Inject
    BackgroundJobRepository jobs;

    @Inject
    JobRecorder recorder;

    @Inject
    JobFiles files;

    public void tidy(@Observes ReminderTick tick) {
        try {
            for (BackgroundJob job : jobs.needingHousekeeping(tick.now().minus(BackgroundJob.SILENCE_BEFORE_LOST),
                    tick.now().minus(BackgroundJob.RESULT_RETENTION), 100)) {
                if (job.lost(tick.now())) {
                    files.delete(job.id());
                    recorder.fail(job.id(), job.done(), job.produced(), "job.interrupted",
                            "The job stopped reporting (its server went down); start it again");
                } else if (job.resultExpired(tick.now())) {
                    files.delete(job.id());
                    recorder.expire(job.id());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tidying background jobs failed; the next tick tries again", e);
        }
    }
}

package nl.ptvt.academy.job.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Consumer;
import nl.ptvt.academy.job.JobKind;
import nl.ptvt.academy.job.domain.BackgroundJob;
import nl.ptvt.academy.job.domain.BackgroundJobRepository;

/**
 * Writes a job's state, each change in a transaction of its own: progress must be visible to other requests while the
 * work goes on, and the work's own transactions (one per certificate) must not hold the job's row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRecorder {

    @Inject
    BackgroundJobRepository jobs;

    @Inject
    Clock clock;

    public long queue(JobKind kind, long subjectId, long requestedBy) {
        return jobs.add(BackgroundJob.queue(kind, subjectId, requestedBy, clock.instant())).id();
    }

    public void start(long jobId) {
        change(jobId, job -> job.start(clock.instant()));
    }

    public void total(long jobId, int total) {
        change(jobId, job -> job.total(total, clock.instant()));
    }

    public void advance(long jobId, int done, int produced) {
        change(jobId, job -> job.advance(done, produced, clock.instant()));
    }

    public void finish(long jobId, int done, int produced, String resultName, String resultType, Long resultBytes) {
        change(jobId, job -> {
            job.advance(done, produced, clock.instant());
            job.finish(resultName, resultType, resultBytes, clock.instant());
        });
    }

    public void fail(long jobId, int done, int produced, String code, String detail) {
        change(jobId, job -> {
            job.advance(done, produced, clock.instant());
            job.fail(code, detail, clock.instant());
        });
    }

    public void expire(long jobId) {
        change(jobId, job -> job.expire(clock.instant()));
    }

    private void change(long jobId, Consumer<BackgroundJob> change) {
        jobs.findById(jobId).ifPresent(change);
    }
}

package nl.ptvt.academy.job.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.job.BackgroundJobs;
import nl.ptvt.academy.job.JobKind;
import nl.ptvt.academy.job.JobResult;
import nl.ptvt.academy.job.JobStatus;
import nl.ptvt.academy.job.JobView;
import nl.ptvt.academy.job.JobWork;
import nl.ptvt.academy.job.domain.BackgroundJob;
import nl.ptvt.academy.job.domain.BackgroundJobRepository;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * Background jobs on Jakarta Concurrency's default managed executor: its threads carry the caller's security context,
 * so the work runs as the person who started it and every service it calls checks their roles again.
 */
@Stateless
@RolesAllowed({Role.Names.LEARNER, Role.Names.COORDINATOR, Role.Names.TRAINER, Role.Names.AUTHOR, Role.Names.ADMIN})
public class BackgroundJobService implements BackgroundJobs {

    @Resource
    ManagedExecutorService executor;

    @Inject
    JobRecorder recorder;

    @Inject
    JobFiles files;

    @Inject
    BackgroundJobRepository jobs;

    @Inject
    CurrentCaller caller;

    @Override
    public JobView start(JobKind kind, long subjectId, JobWork work) {
        // queued and committed first (a transaction of its own), so the work and every instance can see the job
        long jobId = recorder.queue(kind, subjectId, caller.requireAccountId());
        executor.execute(new JobExecution(jobId, work, recorder, files));
        return find(jobId);
    }

    @Override
    public JobView find(long jobId) {
        return view(visible(jobId));
    }

    @Override
    public JobResult result(long jobId) {
        BackgroundJob job = visible(jobId);
        if (job.status() == JobStatus.EXPIRED) {
            throw new ResourceNotFoundException("job.result-expired",
                    "The result of job " + jobId + " was cleared away after " + BackgroundJob.RESULT_RETENTION.toHours() + " hours; start it again");
        }
        if (job.status() != JobStatus.DONE || job.resultName() == null) {
            throw new ConflictException("job.no-result", "Job " + jobId + " has no result (yet): it is " + job.status());
        }
        Path file = files.file(jobId, job.resultName());
        if (!Files.isRegularFile(file)) {
            throw new ResourceNotFoundException("job.result-expired", "The result of job " + jobId + " is no longer there; start it again");
        }
        return new JobResult(job.resultName(), job.resultType(), job.resultBytes() == null ? 0 : job.resultBytes(), file);
    }

    private BackgroundJob visible(long jobId) {
        return jobs.findById(jobId)
                .filter(job -> job.visibleTo(caller.requireAccountId(), caller.isInRole(Role.Names.ADMIN)))
                .orElseThrow(() -> new ResourceNotFoundException("job.not-found", "No job " + jobId));
    }

    static JobView view(BackgroundJob job) {
        return new JobView(job.id(), job.kind(), job.subjectId(), job.status(), job.total(), job.done(), job.produced(),
                job.percent(), job.createdAt(), job.startedAt(), job.finishedAt(),
                job.status() == JobStatus.DONE ? job.resultName() : null, job.resultBytes(), job.errorCode(), job.errorDetail());
    }
}

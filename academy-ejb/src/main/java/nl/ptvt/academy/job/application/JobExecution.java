package nl.ptvt.academy.job.application;

import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.job.JobWork;
import nl.ptvt.academy.shared.AcademyException;

/** One run of a job's work on a managed thread: started, its progress saved, then done or failed with the reason. */
final class JobExecution implements Runnable {

    private static final Logger LOG = Logger.getLogger(JobExecution.class.getName());

    private final long jobId;
    private final JobWork work;
    private final JobRecorder recorder;
    private final JobFiles files;

    JobExecution(long jobId, JobWork work, JobRecorder recorder, JobFiles files) {
        this.jobId = jobId;
        this.work = work;
        this.recorder = recorder;
        this.files = files;
    }

    @Override
    public void run() {
        RecordedProgress progress = new RecordedProgress(jobId, recorder, files);
        try {
            recorder.start(jobId);
            work.run(progress);
            String name = progress.resultName();
            recorder.finish(jobId, progress.done(), progress.produced(), name, progress.resultType(),
                    name == null ? null : files.size(jobId, name));
        } catch (Exception | LinkageError e) {
            AcademyException refused = refusal(e);
            if (refused == null) {
                LOG.log(Level.SEVERE, "Background job " + jobId + " failed", e);
            }
            files.delete(jobId);
            recorder.fail(jobId, progress.done(), progress.produced(), refused != null ? refused.code() : "job.failed",
                    refused != null ? refused.getMessage() : "The job stopped on an unexpected error; the log has the details");
        }
    }

    /** A service's deliberate refusal, also when the container wrapped it. */
    private static AcademyException refusal(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof AcademyException academy) {
                return academy;
            }
        }
        return null;
    }
}

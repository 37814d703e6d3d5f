package nl.ptvt.academy.job;

import jakarta.validation.constraints.NotNull;

/**
 * Starts long work in the background and tells its requester how it goes. Only the requester and administrators see a
 * job; anyone else gets "not found", so job ids cannot be probed.
 */
public interface BackgroundJobs {

    /**
     * Queues the work and returns at once. The caller has checked that the work is allowed; the work runs as the caller,
     * so every service it calls checks again.
     */
    JobView start(@NotNull JobKind kind, long subjectId, @NotNull JobWork work);

    JobView find(long jobId);

    /** The result file of a finished job; a job without one (yet) is a conflict, an expired one is gone. */
    JobResult result(long jobId);
}

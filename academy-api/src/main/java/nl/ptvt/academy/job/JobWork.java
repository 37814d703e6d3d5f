package nl.ptvt.academy.job;

/** The work of a background job. It runs on a managed thread as the person who started it. */
@FunctionalInterface
public interface JobWork {

    void run(JobProgress progress) throws Exception;
}

package nl.ptvt.academy.job;

/** Where a background job stands. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED,
    /** Done, but its result file was cleared away after the retention time. */
    EXPIRED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}

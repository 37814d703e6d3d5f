package nl.ptvt.academy.job;

import java.time.Instant;

/**
 * A background job as its requester sees it. {@code done} of {@code total} items are handled, {@code produced} of
 * them made something (a certificate issued, a certificate written); {@code resultName} is set once a result file
 * can be downloaded. A failed job says why in {@code errorCode} and {@code errorDetail}.
 */
public record JobView(long id, JobKind kind, long subjectId, JobStatus status, int total, int done, int produced,
                      int percent, Instant createdAt, Instant startedAt, Instant finishedAt, String resultName,
                      Long resultBytes, String errorCode, String errorDetail) {

    public boolean running() {
        return !status.finished();
    }

    public boolean hasResult() {
        return status == JobStatus.DONE && resultName != null;
    }
}

package nl.ptvt.academy.job.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.ptvt.academy.job.JobKind;
import nl.ptvt.academy.job.JobStatus;

/**
 * A background job: queued, then running with its progress, then done (perhaps with a result file) or failed with a
 * reason. Its row is written by the instance that runs it and read by any instance that shows it.
 */
@Entity
@Table(name = "background_job")
@Cacheable(false)
public class BackgroundJob {

    /** A result file is kept this long after the job ends; then it is cleared away and the job is EXPIRED. */
    public static final Duration RESULT_RETENTION = Duration.ofHours(24);

    /** A running job saves its progress at least this often; one silent for longer was lost with its instance. */
    public static final Duration SILENCE_BEFORE_LOST = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private JobKind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobStatus status;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int produced;

    @Column(name = "result_name", length = 200)
    private String resultName;

    @Column(name = "result_type", length = 100)
    private String resultType;

    @Column(name = "result_bytes")
    private Long resultBytes;

    @Column(name = "error_code", length = 100)
    private String errorCode;

    @Column(name = "error_detail", length = 1000)
    private String errorDetail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected BackgroundJob() {
        // for JPA
    }

    public static BackgroundJob queue(JobKind kind, long subjectId, long requestedBy, Instant now) {
        BackgroundJob job = new BackgroundJob();
        job.kind = Objects.requireNonNull(kind);
        job.subjectId = subjectId;
        job.requestedBy = requestedBy;
        job.status = JobStatus.QUEUED;
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    public void start(Instant now) {
        if (status == JobStatus.QUEUED) {
            status = JobStatus.RUNNING;
            startedAt = now;
            updatedAt = now;
        }
    }

    public void total(int items, Instant now) {
        total = Math.max(0, items);
        updatedAt = now;
    }

    /** Progress only moves forward, and never past the total the work announced. */
    public void advance(int handled, int made, Instant now) {
        if (status.finished()) {
            return;
        }
        done = Math.max(done, total > 0 ? Math.min(handled, total) : handled);
        produced = Math.max(produced, Math.min(made, done));
        updatedAt = now;
    }

    /** The work ended without error; {@code name} is the result file, if it wrote one. */
    public void finish(String name, String mediaType, Long bytes, Instant now) {
        if (status.finished()) {
            return;
        }
        status = JobStatus.DONE;
        done = Math.max(done, total);
        resultName = name;
        resultType = mediaType;
        resultBytes = bytes;
        finishedAt = now;
        updatedAt = now;
    }

    public void fail(String code, String detail, Instant now) {
        if (status.finished()) {
            return;
        }
        status = JobStatus.FAILED;
        errorCode = code;
        errorDetail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
        finishedAt = now;
        updatedAt = now;
    }

    /** The result file was cleared away. */
    public void expire(Instant now) {
        if (status == JobStatus.DONE) {
            status = JobStatus.EXPIRED;
            updatedAt = now;
        }
    }

    public boolean resultExpired(Instant now) {
        return status == JobStatus.DONE && finishedAt != null && !finishedAt.plus(RESULT_RETENTION).isAfter(now);
    }

    /** Queued or running, yet silent for too long: its instance stopped while it ran. */
    public boolean lost(Instant now) {
        return !status.finished() && !updatedAt.plus(SILENCE_BEFORE_LOST).isAfter(now);
    }

    /** Whole percents, 100 only when finished, so a bar never shows "complete" while work remains. */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        return Math.min(99, (int) (100L * done / total));
    }

    public boolean visibleTo(long accountId, boolean administrator) {
        return administrator || requestedBy == accountId;
    }

    public Long id() {
        return id;
    }

    public JobKind kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public long requestedBy() {
        return requestedBy;
    }

    public JobStatus status() {
        return status;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done;
    }

    public int produced() {
        return produced;
    }

    public String resultName() {
        return resultName;
    }

    public String resultType() {
        return resultType;
    }

    public Long resultBytes() {
        return resultBytes;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorDetail() {
        return errorDetail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}

package nl.ptvt.academy.job.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import nl.ptvt.academy.job.JobProgress;

/**
 * A running job's progress as its work reports it. Saved at most every half second (a ZIP of 10,000 certificates
 * would otherwise write the job row 10,000 times); the last numbers are saved when the job ends.
 */
final class RecordedProgress implements JobProgress {

    private static final long SAVE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final long jobId;
    private final JobRecorder recorder;
    private final JobFiles files;
    private long lastSaved = System.nanoTime();
    private int done;
    private int produced;
    private String resultName;
    private String resultType;

    RecordedProgress(long jobId, JobRecorder recorder, JobFiles files) {
        this.jobId = jobId;
        this.recorder = recorder;
        this.files = files;
    }

    @Override
    public void total(int total) {
        recorder.total(jobId, total);
    }

    @Override
    public void advanced(int done, int produced) {
        this.done = done;
        this.produced = produced;
        long now = System.nanoTime();
        if (now - lastSaved >= SAVE_EVERY_NANOS) {
            lastSaved = now;
            recorder.advance(jobId, done, produced);
        }
    }

    @Override
    public OutputStream result(String fileName, String mediaType) throws IOException {
        resultName = fileName;
        resultType = mediaType;
        return files.create(jobId, fileName);
    }

    int done() {
        return done;
    }

    int produced() {
        return produced;
    }

    String resultName() {
        return resultName;
    }

    String resultType() {
        return resultType;
    }
}

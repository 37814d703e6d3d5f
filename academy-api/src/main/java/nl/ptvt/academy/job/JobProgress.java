package nl.ptvt.academy.job;

import java.io.IOException;
import java.io.OutputStream;

/** What a job's work reports while it runs; the numbers are kept, so any instance can show them. */
public interface JobProgress {

    /** How many items the job will handle, once the work knows it. */
    void total(int total);

    /** How far the work is: items handled and, of those, items that made something. Saved at most about twice a second. */
    void advanced(int done, int produced);

    /** The job's result file, opened for writing; the job offers it for download once the work ends without error. */
    OutputStream result(String fileName, String mediaType) throws IOException;
}

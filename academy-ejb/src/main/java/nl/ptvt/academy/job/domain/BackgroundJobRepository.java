package nl.ptvt.academy.job.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where background jobs are kept. */
public interface BackgroundJobRepository {

    BackgroundJob add(BackgroundJob job);

    Optional<BackgroundJob> findById(long id);

    /** Jobs that need housekeeping: unfinished ones silent since {@code silentSince}, and done ones finished before {@code doneBefore}. */
    List<BackgroundJob> needingHousekeeping(Instant silentSince, Instant doneBefore, int size);
}

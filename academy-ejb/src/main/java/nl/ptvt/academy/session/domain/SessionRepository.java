package nl.ptvt.academy.session.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Where sessions are kept. */
public interface SessionRepository {

    Optional<TrainingSession> findById(long id);

    /** Locks the row until the transaction ends: bookings and cancellations of one session take turns. */
    Optional<TrainingSession> findByIdForUpdate(long id);

    /** Adds the session and writes it at once, so that it has its id. */
    TrainingSession add(TrainingSession session);

    /** Scheduled sessions matching the filter, by start, then id; paged in the database. */
    Page<TrainingSession> search(SessionFilter filter, PageRequest page);

    /** The sessions with these ids, in one query (in no particular order). */
    List<TrainingSession> findAll(Collection<Long> ids);
    /**
     * Sessions of any status that start at or after {@code from}, soonest first, at most {@code limit}: those the
     * account is a trainer of, or all when {@code trainerId} is null.
     */
    List<TrainingSession> ofTrainer(Long trainerId, Instant from, int limit);
}
